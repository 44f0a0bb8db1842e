package nl.woonregie.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

/** The SVG drawn from zxing's matrix is a QR code that reads back as the enrolment address. */
class QrCodeTest {

    static final Pattern VIERKANT = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    static final Pattern VIEWBOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

    @Test
    void de_svg_leest_terug_als_het_otpauth_adres() throws Exception {
        String adres = TweedeStap.otpauth("vhb-coordinator", "R3WDZ3NMFUAGWAMOSNGHTHABYFKJTWWT");
        String svg = QrCode.svg(adres);
        Matcher maat = VIEWBOX.matcher(svg);
        assertThat(maat.find()).isTrue();
        int breedte = Integer.parseInt(maat.group(1));
        int hoogte = Integer.parseInt(maat.group(2));
        int schaal = 4;
        int[] pixels = new int[breedte * schaal * hoogte * schaal];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        Matcher m = VIERKANT.matcher(svg);
        while (m.find()) {
            int x = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            for (int dy = 0; dy < schaal; dy++) {
                for (int dx = 0; dx < schaal; dx++) {
                    pixels[(y * schaal + dy) * breedte * schaal + x * schaal + dx] = 0;
                }
            }
        }
        BinaryBitmap beeld = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(breedte * schaal,
                hoogte * schaal, pixels)));
        assertThat(new QRCodeReader().decode(beeld).getText()).isEqualTo(adres);
        assertThat(QrCode.dataAdres(adres)).startsWith("data:image/svg+xml;base64,");
    }
}
