package org.partnershiphub.reviews.web;

import jakarta.validation.Valid;

import org.partnershiphub.reviews.internal.AgencySummaryReturns;
import org.partnershiphub.reviews.internal.WorkflowRefusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An agency's safeguarding lead returns the summaries the partnership asked of their agency. */
@Controller
class AgencySummariesController {

    private final AgencySummaryReturns returns;

    AgencySummariesController(AgencySummaryReturns returns) {
        this.returns = returns;
    }

    @GetMapping("/agency/summaries")
    String list(Model model) {
        model.addAttribute("requests", returns.forMyAgency());
        return "reviews/agency-summaries";
    }

    @GetMapping("/agency/summaries/{summaryId}")
    String form(@PathVariable long summaryId, Model model) {
        var request = returns.request(summaryId);
        model.addAttribute("request", request);
        model.addAttribute("form", new ReviewForms.SummaryText(request.summary() == null ? "" : request.summary()));
        return "reviews/agency-summary";
    }

    @PostMapping("/agency/summaries/{summaryId}")
    String submit(@PathVariable long summaryId, @Valid @ModelAttribute("form") ReviewForms.SummaryText form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        var request = returns.request(summaryId);
        if (!errors.hasErrors()) {
            try {
                returns.returnSummary(summaryId, form.summary());
                redirect.addFlashAttribute("notice", "summary.sent");
                return "redirect:/agency/summaries";
            } catch (WorkflowRefusal refusal) {
                errors.reject(refusal.messageKey());
            }
        }
        model.addAttribute("request", request);
        return "reviews/agency-summary";
    }
}
