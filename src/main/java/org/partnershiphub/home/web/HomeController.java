package org.partnershiphub.home.web;

import java.util.Comparator;
import java.util.List;

import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.web.DashboardPanel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public landing page, the statements every public service publishes, and the dashboard per role. */
@Controller
class HomeController {

    private final List<DashboardPanel> panels;

    HomeController(List<DashboardPanel> panels) {
        this.panels = panels.stream().sorted(Comparator.comparingInt(DashboardPanel::order)).toList();
    }

    record ShownPanel(DashboardPanel panel, List<DashboardPanel.Figure> figures) {
    }

    @GetMapping("/")
    String landing() {
        return CurrentUser.find().isPresent() ? "redirect:/dashboard" : "home/landing";
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        HubPrincipal user = CurrentUser.require();
        List<ShownPanel> shown = panels.stream()
                .filter(panel -> panel.roles().stream().anyMatch(user.roles()::contains))
                .map(panel -> new ShownPanel(panel, panel.figures().apply(user)))
                .toList();
        model.addAttribute("panels", shown);
        model.addAttribute("roles", user.roles().stream().sorted().toList());
        return "home/dashboard";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "home/accessibility";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "home/privacy";
    }
}
