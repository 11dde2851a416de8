package org.partnershiphub.strategy.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.strategy.internal.BusinessPlans;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Leads a plan wrote as words ("Police", "LA Children Missing education leads"): the business unit names each one's
 * agency once, for all the actions it leads, so that agency's safeguarding lead can post their updates.
 */
@Controller
class LeadsController {

    private final BusinessPlans plans;
    private final Directory directory;

    LeadsController(BusinessPlans plans, Directory directory) {
        this.plans = plans;
        this.directory = directory;
    }

    @GetMapping("/plan/{id}/leads")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("plan", plans.plan(id));
        model.addAttribute("leads", plans.leadsWithoutAgency(id));
        model.addAttribute("agencies", directory.agencies());
        return "strategy/leads";
    }

    /** {@code words-<n>} the lead as written, {@code agency-<n>} the agency chosen for it (blank: not yet). */
    @PostMapping("/plan/{id}/leads")
    String link(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        plans.plan(id);
        Map<String, Long> chosen = new HashMap<>();
        List<Long> known = directory.agencies().stream().map(Directory.Agency::id).toList();
        for (Map.Entry<String, String> entry : form.entrySet()) {
            if (entry.getKey().startsWith("agency-") && entry.getValue().matches("\\d{1,18}")) {
                String words = form.get("words-" + entry.getKey().substring("agency-".length()));
                long agencyId = Long.parseLong(entry.getValue());
                if (words != null && known.contains(agencyId)) {
                    chosen.put(words, agencyId);
                }
            }
        }
        int changed = plans.linkLeads(id, chosen);
        redirect.addFlashAttribute("notice", "leads.linked");
        redirect.addFlashAttribute("noticeArguments", new Object[] {changed});
        return "redirect:/plan/" + id + "/leads";
    }
}
