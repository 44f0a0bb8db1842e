package nl.woonregie.platform.web;

/** One invalid field of a request, as listed in a problem's {@code invalidParams}. */
public record InvalidParam(String name, String reason) {
}
