package org.juesuan.web.security;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.juesuan.web.PortalMenuItem;
import org.juesuan.web.account.PortalAccount;
import org.juesuan.web.account.PortalAccounts;
import org.juesuan.web.account.PortalAccounts.AccountException;
import org.juesuan.web.account.PasswordRules;
import org.juesuan.web.account.PortalUser;
import org.juesuan.web.audit.PortalAuditLog;
import org.juesuan.web.audit.PortalAuditLog.Action;
import org.juesuan.model.Messages;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page, the password page, and {@code /}: the first page of the signed-in role. */
@Controller
class LoginController {

    private final PortalAccounts accounts;
    private final PortalAuditLog audit;
    private final SecurityContextRepository contexts;
    private final List<PortalMenuItem> menu;

    LoginController(PortalAccounts accounts, PortalAuditLog audit, SecurityContextRepository contexts,
                    List<PortalMenuItem> menu) {
        this.accounts = accounts;
        this.audit = audit;
        this.contexts = contexts;
        this.menu = menu;
    }

    /** @param error {@code bad} (wrong name or password) or {@code locked}, set by {@link LoginOutcomes} */
    @GetMapping("/login")
    String login(@RequestParam(name = "error", required = false) String error,
                 @RequestParam(name = "logout", required = false) String logout, Model model) {
        if ("locked".equals(error)) {
            model.addAttribute("problem", Messages.text("portal.login.locked", PortalAccounts.MAX_FAILED_LOGINS,
                    accounts.lockTime().toMinutes()));
        } else if (error != null) {
            model.addAttribute("problem", Messages.text("portal.login.bad"));
        } else if (logout != null) {
            model.addAttribute("notice", Messages.text("portal.login.logged-out"));
        }
        return "login";
    }

    /** The role's first menu entry, or the placeholder home page while the role has none. */
    @GetMapping("/")
    String home(PortalUser me) {
        Optional<PortalMenuItem> first = menu.stream().filter(i -> i.role() == me.role())
                .min((a, b) -> Integer.compare(a.order(), b.order()));
        return first.map(i -> "redirect:" + i.path()).orElse("home");
    }

    @GetMapping("/password")
    String passwordPage(Model model) {
        return passwordModel(model);
    }

    private static String passwordModel(Model model) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        model.addAttribute("mustChange", authentication != null
                && authentication.getPrincipal() instanceof PortalPrincipal p && p.mustChangePassword());
        model.addAttribute("minLength", PasswordRules.MIN_LENGTH);
        return "password";
    }

    @PostMapping("/password")
    String changePassword(PortalUser me, @RequestParam("current") String current,
                          @RequestParam("password") String password, @RequestParam("confirm") String confirm,
                          HttpServletRequest request, HttpServletResponse response, Model model) {
        PortalAccount account = accounts.find(me.username()).orElseThrow();
        String problem = null;
        if (!accounts.matches(account, current)) {
            problem = Messages.text("portal.password.current-wrong");
        } else if (!password.equals(confirm)) {
            problem = Messages.text("portal.password.mismatch");
        } else if (password.equals(current)) {
            problem = Messages.text("portal.password.same-as-current");
        } else {
            try {
                accounts.changePassword(me.username(), password);
            } catch (AccountException e) {
                problem = e.getMessage();
            }
        }
        if (problem != null) {
            model.addAttribute("problem", problem);
            return passwordModel(model);
        }
        audit.record(me, Action.PASSWORD_CHANGED, me.departmentName(), null, null);
        Authentication old = SecurityContextHolder.getContext().getAuthentication();
        PortalPrincipal changed = ((PortalPrincipal) old.getPrincipal()).withPasswordChanged();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(changed, null,
                changed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:/";
    }
}
