package nl.woonregie.platform.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file to download (an export or a letter): attachment with its name, never cached. */
public final class Download {

    private Download() {
    }

    public static ResponseEntity<byte[]> bijlage(byte[] inhoud, String mediaType, String bestandsnaam) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(bestandsnaam).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentLength(inhoud.length)
                .body(inhoud);
    }
}
