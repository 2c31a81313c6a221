package org.juesuan.web.department;

import org.juesuan.web.PortalMenuItem;
import org.juesuan.web.account.PortalRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The department's menu: upload (its home) and history. */
@Configuration(proxyBeanMethods = false)
class DepartmentPages {

    @Bean
    PortalMenuItem departmentUploadMenu() {
        return new PortalMenuItem(PortalRole.DEPARTMENT, 100, "dept.menu.upload", "/department/uploads");
    }

    @Bean
    PortalMenuItem departmentHistoryMenu() {
        return new PortalMenuItem(PortalRole.DEPARTMENT, 200, "dept.menu.history", "/department/history");
    }
}
