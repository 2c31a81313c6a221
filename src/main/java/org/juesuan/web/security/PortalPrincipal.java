package org.juesuan.web.security;

import java.util.Collection;
import java.util.List;

import org.juesuan.web.account.PortalAccount;
import org.juesuan.web.account.PortalUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal of a signed-in account: {@link #user()} is what controllers see (or take as a
 * {@code PortalUser} parameter). Authorities: {@code ROLE_DEPARTMENT} or {@code ROLE_BUREAU}. The password hash is
 * erased once the login is checked; {@code mustChangePassword} keeps every page but the password page closed.
 */
public final class PortalPrincipal implements UserDetails, CredentialsContainer {

    private final PortalUser user;
    private final boolean mustChangePassword;
    private final boolean locked;
    private String passwordHash;

    public PortalPrincipal(PortalUser user, String passwordHash, boolean mustChangePassword, boolean locked) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.locked = locked;
    }

    static PortalPrincipal of(PortalAccount account, boolean locked) {
        return new PortalPrincipal(account.user(), account.passwordHash(), account.mustChangePassword(), locked);
    }

    public PortalUser user() {
        return user;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The same person once the new password is set. */
    PortalPrincipal withPasswordChanged() {
        return new PortalPrincipal(user, null, false, false);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalPrincipal p && p.user.equals(user);
    }

    @Override
    public int hashCode() {
        return user.hashCode();
    }

    @Override
    public String toString() {
        return "PortalPrincipal[" + user + "]"; // never the hash
    }
}
