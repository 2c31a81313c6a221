package org.juesuan.web.account;

import java.util.Locale;
import java.util.Optional;

import org.juesuan.model.Messages;

/** What a password must be: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes, not the username. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    /** bcrypt reads 72 bytes and no more (Spring Security refuses longer ones): UTF-8, so 24 Chinese characters. */
    public static final int MAX_BYTES = 72;

    private PasswordRules() {
    }

    /** @return why the password is refused (a Chinese sentence), empty when it is acceptable */
    public static Optional<String> refusal(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Messages.text("portal.password.too-short", MIN_LENGTH));
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Messages.text("portal.password.too-long", MAX_BYTES));
        }
        if (password.strip().toLowerCase(Locale.ROOT).equals(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Messages.text("portal.password.is-username"));
        }
        return Optional.empty();
    }
}
