package org.juesuan.web.security;

import jakarta.servlet.DispatcherType;

import org.juesuan.web.account.PortalAccounts;
import org.juesuan.web.audit.PortalAuditLog;
import org.juesuan.web.audit.PortalAuditLog.Action;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what: the login page and the style sheet are open; {@code /department/**} is for department
 * accounts, {@code /bureau/**} and {@code /runs/**} for the bureau; everything else needs a login (and a changed
 * one-time password, {@link PasswordChangeGate}). Which department's data a request may touch is checked in the
 * handlers ({@code PortalUser.maySee}); here are the walls around them: form login with a lock after repeated
 * failures, CSRF tokens on every form (Spring Security's default), and headers that forbid framing, sniffing and
 * any script or style not served by the portal itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class PortalSecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; "
            + "base-uri 'self'; object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder(PortalAccounts accounts) {
        return accounts.encoder();
    }

    /** The session holds the signed-in context; the password page replaces it once the password is changed. */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, LoginOutcomes outcomes, PortalAuditLog audit,
                                       SecurityContextRepository contexts, UploadTooLarge uploadTooLarge)
            throws Exception {
        http.securityContext(c -> c.securityContextRepository(contexts))
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/login", "/css/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/department/**").hasRole("DEPARTMENT")
                        .requestMatchers("/bureau/**", "/runs/**").hasRole("BUREAU")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").usernameParameter(LoginOutcomes.USERNAME)
                        .passwordParameter("password").successHandler(outcomes).failureHandler(outcomes).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal p) {
                                audit.record(p.user(), Action.LOGOUT, p.user().departmentName(), null, null);
                            }
                        }))
                .exceptionHandling(e -> e.accessDeniedHandler(uploadTooLarge))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(new PasswordChangeGate(), AuthorizationFilter.class);
        return http.build();
    }
}
