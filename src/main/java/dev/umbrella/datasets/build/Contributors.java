package dev.umbrella.datasets.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a git email into the id {@code commits.csv} uses: the person id when {@link Aliases} lists
 * the email, otherwise an anonymised contributor key {@code c-} + the first 12 hex digits of
 * SHA-256({@value #SALT} + lower-cased email).
 *
 * <p>Why this key: it is <em>stable</em> (a fixed salt and no build-time randomness, so the same
 * email gets the same key in every build and on every machine, and a contributor can be followed
 * across repositories and years to form a comparison group); and it is <em>pseudonymous</em>
 * (datasets do not spell out thousands of personal emails, and the salt defeats ready-made
 * lookup tables of hashed emails such as Gravatar's). It is not anonymous: anyone holding an email
 * can recompute its key, which is acceptable because the underlying commits are public. 48 bits
 * make a collision among the ~4,400 emails vanishingly unlikely; the build still checks.
 *
 * <p>Not thread-safe: one instance per task; {@link #keys()} lets the build check collisions.
 */
final class Contributors {
    static final String SALT = "umbrella/contributor-key/v1:";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Aliases aliases;
    private final Map<String, String> keyByEmail = new HashMap<>();
    private final Map<String, String> idByEmail = new HashMap<>();
    private final MessageDigest sha256;

    Contributors(Aliases aliases) {
        this.aliases = aliases;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Person id or contributor key for an email already lower-cased and stripped. */
    String idOf(String lowerEmail) {
        String id = idByEmail.get(lowerEmail);
        if (id == null) {
            id = aliases.personOfEmail(lowerEmail);
            if (id == null) {
                id = key(lowerEmail);
                keyByEmail.put(lowerEmail, id);
            }
            idByEmail.put(lowerEmail, id);
        }
        return id;
    }

    Aliases aliases() {
        return aliases;
    }

    /** Every email this instance keyed, with its key. */
    Map<String, String> keys() {
        return keyByEmail;
    }

    String key(String lowerEmail) {
        byte[] digest = sha256.digest((SALT + lowerEmail).getBytes(StandardCharsets.UTF_8));
        char[] out = new char[14];
        out[0] = 'c';
        out[1] = '-';
        for (int i = 0; i < 6; i++) {
            out[2 + 2 * i] = HEX[(digest[i] >> 4) & 0xf];
            out[3 + 2 * i] = HEX[digest[i] & 0xf];
        }
        return new String(out);
    }

    /** Fails when two different emails got the same key (never seen, but checked). */
    static void checkNoCollisions(Iterable<Map<String, String>> keyMaps) {
        var emailByKey = new HashMap<String, String>();
        for (var keys : keyMaps) {
            for (var e : keys.entrySet()) {
                String other = emailByKey.putIfAbsent(e.getValue(), e.getKey());
                if (other != null && !other.equals(e.getKey())) {
                    throw new IllegalStateException("contributor key collision " + e.getValue() + "; change SALT");
                }
            }
        }
    }

    static boolean isKey(String id) {
        return id.length() == 14 && id.startsWith("c-");
    }
}
