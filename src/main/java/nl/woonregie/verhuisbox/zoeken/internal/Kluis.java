package nl.woonregie.verhuisbox.zoeken.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import nl.woonregie.platform.core.DataMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The vault for clients' credentials on housing sites: AES-256-GCM with a random 96-bit nonce per secret and the
 * case and site as associated data (a ciphertext copied to another row does not decrypt). The key never touches the
 * database or the repository: {@code WOONREGIE_KLUIS_SLEUTEL} (base64 of 32 bytes), or else
 * {@code <data-dir>/kluis.sleutel}, created at first start with permissions 0600. Who may reveal, and the audit of
 * every reveal, is the caller's business (see {@code Inschrijvingen}).
 */
@Component
public class Kluis {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private final SecretKeySpec sleutel;
    private final SecureRandom random = new SecureRandom();

    public Kluis(@Value("${WOONREGIE_KLUIS_SLEUTEL:}") String sleutelUitOmgeving, DataMap data) {
        byte[] bytes = sleutelUitOmgeving.isBlank() ? uitBestand(data.pad("kluis.sleutel"))
                : Base64.getDecoder().decode(sleutelUitOmgeving.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("De kluissleutel moet 32 bytes zijn (base64), niet " + bytes.length);
        }
        this.sleutel = new SecretKeySpec(bytes, "AES");
    }

    public record Versleuteld(byte[] nonce, byte[] geheim) {
    }

    public Versleuteld versleutel(String tekst, String context) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, sleutel, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new Versleuteld(nonce, c.doFinal(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Versleutelen mislukt", e);
        }
    }

    public String ontsleutel(Versleuteld v, String context) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, sleutel, new GCMParameterSpec(TAG_BITS, v.nonce()));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(v.geheim()), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ontsleutelen mislukt (andere sleutel of gewijzigde gegevens)", e);
        }
    }

    private byte[] uitBestand(Path pad) {
        try {
            Files.createDirectories(pad.getParent());
            if (!Files.exists(pad)) {
                byte[] nieuw = new byte[32];
                random.nextBytes(nieuw);
                try {
                    Files.createFile(pad, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(pad, Base64.getEncoder().encodeToString(nieuw));
                } catch (FileAlreadyExistsException e) {
                    // another instance made it first; read theirs
                }
            }
            return Base64.getDecoder().decode(Files.readString(pad).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Kluissleutel niet te lezen of te maken: " + pad, e);
        }
    }
}
