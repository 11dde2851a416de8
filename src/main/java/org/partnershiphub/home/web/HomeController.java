package org.partnershiphub.home.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.web.DashboardPanel;
import org.partnershiphub.site.PublishedPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public landing page, the statements every public service publishes, and the dashboard per role. */
@Controller
class HomeController {

    private final List<DashboardPanel> panels;
    private final PublishedPages site;

    HomeController(List<DashboardPanel> panels, PublishedPages site) {
        this.panels = panels.stream().sorted(Comparator.comparingInt(DashboardPanel::order)).toList();
        this.site = site;
    }

    record ShownPanel(DashboardPanel panel, List<DashboardPanel.Figure> figures) {
    }

    @GetMapping("/")
    String landing(Model model) {
        if (CurrentUser.find().isPresent()) {
            return "redirect:/dashboard";
        }
        model.addAttribute("news", site.publishedSince(PublishedPages.Section.NEWS, LocalDate.of(1900, 1, 1), 3));
        return "home/landing";
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
