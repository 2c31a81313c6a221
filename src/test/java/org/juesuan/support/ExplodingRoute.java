package org.juesuan.support;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.mvc.Controller;

/**
 * A route that fails with an exception: {@code /test-only/explode}, for the test that no stack trace reaches a
 * browser. Not a @Controller and not scanned: a server gets it only when started with
 * {@code --spring.main.sources=org.juesuan.support.ExplodingRoute}.
 */
public class ExplodingRoute {

    public static final String PATH = "/test-only/explode";
    public static final String SECRET = "java.lang.IllegalStateException: the-internal-detail-no-browser-may-see";

    @Bean
    SimpleUrlHandlerMapping explodingRouteMapping() {
        Controller explode = (request, response) -> {
            throw new IllegalStateException(SECRET);
        };
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of(PATH, explode));
        mapping.setOrder(0);
        return mapping;
    }
}
