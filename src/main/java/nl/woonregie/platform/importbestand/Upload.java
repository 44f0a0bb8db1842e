package nl.woonregie.platform.importbestand;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * Reads an uploaded file from a request: either the request body itself ({@code text/csv} or the XLSX media type)
 * or the form field {@code bestand} of a {@code multipart/form-data} request. At most {@value #MAX_BYTES} bytes
 * (413 above).
 */
public final class Upload {

    /** 10 MiB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final String VELD = "bestand";

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private Upload() {
    }

    public static Bestand lees(HttpServletRequest request) {
        MediaType type = mediaType(request.getContentType());
        if (type != null && MediaType.MULTIPART_FORM_DATA.includes(type)) {
            return uitFormulier(request);
        }
        Bestand.Formaat formaat;
        if (type != null && isCsv(type)) {
            formaat = Bestand.Formaat.CSV;
        } else if (type != null && isXlsx(type)) {
            formaat = Bestand.Formaat.XLSX;
        } else {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Mediatype niet ondersteund",
                    "Stuur het bestand als text/csv, als " + Spreadsheet.XLSX
                            + " of als multipart/form-data met het bestand in het veld '" + VELD + "'.", null);
        }
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw teGroot();
        }
        byte[] inhoud;
        try (InputStream in = request.getInputStream()) {
            inhoud = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw ApiException.invalid("Het bestand kon niet worden gelezen.",
                    List.of(new InvalidParam(VELD, "de verbinding werd verbroken tijdens het versturen")));
        }
        if (inhoud.length > MAX_BYTES) {
            throw teGroot();
        }
        return new Bestand(inhoud, naamUitKop(request.getHeader("Content-Disposition")), formaat);
    }

    private static Bestand uitFormulier(HttpServletRequest request) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        return van(multipart == null ? null : multipart.getFile(VELD));
    }

    /**
     * The file of a form field {@code bestand} (a page binds it into its form record): 400 naming {@code bestand}
     * when there is none, 413 above {@value #MAX_BYTES} bytes.
     */
    public static Bestand van(MultipartFile bestand) {
        if (bestand == null) {
            throw ApiException.invalid("Het formulier bevat geen bestand.", List.of(new InvalidParam(VELD,
                    "ontbreekt: stuur het bestand in het formulierveld '" + VELD + "'")));
        }
        if (bestand.getSize() > MAX_BYTES) {
            throw teGroot();
        }
        byte[] inhoud;
        try {
            inhoud = bestand.getBytes();
        } catch (IOException e) {
            throw ApiException.invalid("Het bestand kon niet worden gelezen.",
                    List.of(new InvalidParam(VELD, "onleesbaar")));
        }
        String naam = schoon(bestand.getOriginalFilename());
        MediaType type = mediaType(bestand.getContentType());
        Bestand.Formaat formaat;
        String kleineNaam = naam == null ? "" : naam.toLowerCase(Locale.ROOT);
        if ((type != null && isXlsx(type)) || kleineNaam.endsWith(".xlsx")) {
            formaat = Bestand.Formaat.XLSX;
        } else if ((type != null && isCsv(type)) || kleineNaam.endsWith(".csv")) {
            formaat = Bestand.Formaat.CSV;
        } else {
            formaat = begintMet(inhoud, ZIP) ? Bestand.Formaat.XLSX : Bestand.Formaat.CSV;
        }
        return new Bestand(inhoud, naam, formaat);
    }

    private static boolean isCsv(MediaType type) {
        return type.isCompatibleWith(MediaType.parseMediaType("text/csv"))
                || type.isCompatibleWith(MediaType.parseMediaType("application/csv"));
    }

    private static boolean isXlsx(MediaType type) {
        return type.isCompatibleWith(MediaType.parseMediaType(Spreadsheet.XLSX));
    }

    private static MediaType mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isWildcardType() || type.isWildcardSubtype() ? null : type;
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    private static String naamUitKop(String contentDisposition) {
        if (contentDisposition == null) {
            return null;
        }
        try {
            return schoon(ContentDisposition.parse(contentDisposition).getFilename());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The file name without directories and control characters, at most 300 characters. */
    static String schoon(String naam) {
        if (naam == null) {
            return null;
        }
        String s = naam.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (s.isEmpty()) {
            return null;
        }
        return s.length() > 300 ? s.substring(0, 300) : s;
    }

    private static boolean begintMet(byte[] inhoud, byte[] prefix) {
        if (inhoud.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (inhoud[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static ApiException teGroot() {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "Bestand te groot",
                "Een importbestand mag hoogstens 10 MiB groot zijn; splits het bestand.", null);
    }
}
