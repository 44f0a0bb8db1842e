package nl.woonregie.toezicht.export;

/** A file to download: its name, media type and contents. */
record Bestand(String naam, String mediaType, byte[] inhoud) {
}
