package org.juesuan.web.runs;

import org.juesuan.ops.StatusReport;
import org.juesuan.web.account.PortalUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bureau's page of the nightly runs: what {@code status} shows (runs, unfinished runs, submissions, files not
 * loaded), and {@code rerun --failed} as a button. /runs is the bureau's alone (PortalSecurityConfiguration).
 */
@Controller
class RunsController {

    static final int LIMIT = 20;

    private final StatusReport status;
    private final RerunInBackground rerun;

    RunsController(StatusReport status, RerunInBackground rerun) {
        this.status = status;
        this.rerun = rerun;
    }

    @GetMapping("/runs")
    String runs(Model model) {
        model.addAttribute("status", status.read(LIMIT));
        model.addAttribute("rerun", rerun.state());
        return "runs";
    }

    @PostMapping("/runs/rerun")
    String rerunFailed(PortalUser me, RedirectAttributes redirect) {
        if (!rerun.start(me)) {
            redirect.addFlashAttribute("busy", true);
        }
        return "redirect:/runs";
    }
}
