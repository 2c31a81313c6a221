package org.juesuan;

import org.juesuan.cli.JuesuanCli;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The application every writing command starts. Its scan leaves the portal ({@code org.juesuan.web}) out: only
 * {@code serve} adds it (web.PortalApplication), so no other command loads a class of it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(excludeFilters = {@ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.juesuan\\.web\\..*")})
public class JuesuanApplication {

    public static void main(String[] args) {
        JuesuanCli.main(args);
    }
}
