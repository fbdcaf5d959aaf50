package tickler.source.google;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refresh tokens at rest: AES-GCM under the first configured key, tagged with the key's id so that
 * after a rotation (new key first, old keys after it) old tokens still decrypt and are re-encrypted.
 */
@ApplicationScoped
public class TokenCipher {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Keys by id, the encrypting key first. */
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    @Inject
    TokenCipher(GoogleConfig config, @ConfigProperty(name = "tickler.data-dir") String dataDir) {
        this(config.tokenKey().filter(k -> !k.isEmpty()).orElseGet(() ->
                List.of(keyFromFile(Path.of(config.tokenKeyFile().orElse(dataDir + "/google-token.key"))))));
    }

    /** @param encoded base64 keys, the encrypting key first */
    TokenCipher(List<String> encoded) {
        for (String e : encoded) {
            byte[] key = Base64.getDecoder().decode(e.strip());
            if (key.length != 16 && key.length != 32) {
                throw new IllegalArgumentException("tickler.google.token-key: a key must be 16 or 32 bytes, base64");
            }
            keys.put(id(key), new SecretKeySpec(key, "AES"));
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("tickler.google.token-key: no key");
        }
    }

    String encrypt(String plain) {
        Map.Entry<String, SecretKeySpec> key = keys.entrySet().iterator().next();
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.getValue(), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + key.getKey() + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** @throws IllegalStateException the token was encrypted under a key no longer configured */
    String decrypt(String stored) {
        String[] parts = stored.split(":", 3);
        SecretKeySpec key = parts.length == 3 && stored.startsWith(PREFIX) ? keys.get(parts[1]) : null;
        if (key == null) {
            throw new IllegalStateException("token encrypted under a key that is not configured (tickler.google.token-key)");
        }
        try {
            byte[] in = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored token cannot be decrypted", e);
        }
    }

    /** True when {@code stored} is not under the current first key, so it should be re-encrypted. */
    boolean stale(String stored) {
        return !stored.startsWith(PREFIX + keys.keySet().iterator().next() + ":");
    }

    static String keyFromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            Files.createDirectories(file.toAbsolutePath().getParent());
            // Readable by the owner alone from its creation, where the file system has such permissions.
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, encoded + "\n");
            Log.infof("Generated the Google token key in %s; keep it with the database backups", file);
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("Google token key file " + file, e);
        }
    }

    private static String id(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
