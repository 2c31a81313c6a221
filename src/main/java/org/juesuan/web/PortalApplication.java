package org.juesuan.web;

import java.time.Duration;
import java.util.List;

import org.juesuan.model.Messages;
import org.juesuan.web.account.PortalAccounts;
import org.juesuan.web.account.PortalRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * The portal's configuration, added by {@code juesuan serve} to the whole application (JuesuanApplication, whose
 * component scan leaves {@code org.juesuan.web} out so no other command loads it). Its settings are in
 * {@code portal.properties}; pages are Thymeleaf templates reading the same {@code messages} bundle as the CLI.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@PropertySource(value = "classpath:portal.properties", encoding = "UTF-8")
public class PortalApplication implements WebMvcConfigurer {

    @Bean
    PortalAccounts portalAccounts(JdbcTemplate jdbc, @Value("${juesuan.portal.lock-minutes}") long lockMinutes) {
        return new PortalAccounts(jdbc, Duration.ofMinutes(lockMinutes));
    }

    /** Every page in the language of the product (Chinese; {@code --lang en} for English), whatever the browser asks. */
    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(Messages.locale());
    }

    /** The bureau's runs page; the other entries come from the department's and bureau's pages. */
    @Bean
    PortalMenuItem runsMenuItem() {
        return new PortalMenuItem(PortalRole.BUREAU, 900, "portal.menu.runs", "/runs");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PortalUserArgumentResolver());
    }
}
