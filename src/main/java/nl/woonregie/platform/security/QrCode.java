package nl.woonregie.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as an SVG image, for the enrolment of the second step: zxing's core computes the matrix, this class
 * draws it as one path of squares (with the quiet zone of four modules), as a {@code data:} address for an
 * {@code <img>} (the page's Content-Security-Policy allows {@code img-src data:}, no script).
 */
final class QrCode {

    private QrCode() {
    }

    /** The SVG of the QR code of this text. */
    static String svg(String tekst) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(tekst, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 4,
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("geen QR-code mogelijk", e);
        }
        StringBuilder pad = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    pad.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + pad + "\"/></svg>";
    }

    /** The SVG as a {@code data:image/svg+xml;base64,…} address. */
    static String dataAdres(String tekst) {
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg(tekst).getBytes(StandardCharsets.UTF_8));
    }
}
