package org.juesuan.web.security;

import java.time.LocalDateTime;

import org.juesuan.web.account.PortalAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Reads the account for Spring Security's form login. A locked account is refused before its password is
 * looked at (DaoAuthenticationProvider checks the lock first), so "locked" says nothing about the password typed.
 */
@Component
class PortalUserDetailsService implements UserDetailsService {

    private final PortalAccounts accounts;

    PortalUserDetailsService(PortalAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username).map(a -> PortalPrincipal.of(a, a.lockedAt(LocalDateTime.now())))
                .orElseThrow(() -> new UsernameNotFoundException("no such account")); // shown as a bad password
    }
}
