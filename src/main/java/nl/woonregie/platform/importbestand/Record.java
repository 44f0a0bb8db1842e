package nl.woonregie.platform.importbestand;

import java.util.List;

/** One row of a file as read, before its header is applied: the line number (1-based) and its fields. */
record Record(int regel, List<String> velden) {

    boolean isLeeg() {
        return velden.stream().allMatch(String::isBlank);
    }
}
