package org.juesuan.web.security;

import java.util.Comparator;
import java.util.List;

import org.juesuan.web.PortalMenuItem;
import org.juesuan.web.account.PortalUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's model holds {@code me} (the signed-in PortalUser, null on the login page) and its {@code menu}. */
@ControllerAdvice
class PortalModel {

    private final List<PortalMenuItem> items;

    PortalModel(List<PortalMenuItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(PortalMenuItem::order)).toList();
    }

    @ModelAttribute("me")
    PortalUser me() {
        return current();
    }

    @ModelAttribute("menu")
    List<PortalMenuItem> menu() {
        PortalUser me = current();
        return me == null ? List.of() : items.stream().filter(i -> i.role() == me.role()).toList();
    }

    static PortalUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PortalPrincipal p ? p.user() : null;
    }
}
