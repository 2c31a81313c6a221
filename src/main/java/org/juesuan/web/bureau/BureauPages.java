package org.juesuan.web.bureau;

import org.juesuan.web.PortalMenuItem;
import org.juesuan.web.account.PortalRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bureau's menu: the season dashboard is its home. */
@Configuration(proxyBeanMethods = false)
class BureauPages {

    @Bean
    PortalMenuItem bureauSeasonMenu() {
        return new PortalMenuItem(PortalRole.BUREAU, 100, "bureau.menu.season", "/bureau/season");
    }
}
