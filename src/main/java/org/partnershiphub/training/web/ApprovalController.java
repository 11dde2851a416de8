package org.partnershiphub.training.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.partnershiphub.training.internal.ApprovalRequests;
import org.partnershiphub.training.internal.BookingRefused;
import org.partnershiphub.training.internal.Bookings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The manager's page, reached from the emailed link without signing in (managers need no account): who booked which
 * session, and the decision, approve or decline with a reason. The link is the only key; it is never logged or stored.
 */
@Controller
class ApprovalController {

    private final ApprovalRequests requests;
    private final Bookings bookings;

    ApprovalController(ApprovalRequests requests, Bookings bookings) {
        this.requests = requests;
        this.bookings = bookings;
    }

    /** APPROVE or DECLINE, and the reason (needed to decline). */
    record DecisionForm(String decision, String reason) {
    }

    @GetMapping("/training/approvals/{token}")
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new DecisionForm(null, ""));
        }
        return view(token, model, response);
    }

    private String view(String token, Model model, HttpServletResponse response) {
        Optional<ApprovalRequests.ApprovalView> request = requests.view(token);
        if (request.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "training/approval-unknown";
        }
        model.addAttribute("request", request.get());
        model.addAttribute("token", token);
        return "training/approval";
    }

    @PostMapping("/training/approvals/{token}")
    String decide(@PathVariable String token, @ModelAttribute("form") DecisionForm form, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        boolean approve = "APPROVE".equals(form.decision());
        if (!approve && !"DECLINE".equals(form.decision())) {
            errors.rejectValue("decision", "booking.refused.approvalDecision");
            return view(token, model, response);
        }
        try {
            bookings.decideApproval(token, approve, form.reason());
        } catch (BookingRefused refused) {
            String field = refused.messageKey().startsWith("booking.refused.approvalReason") ? "reason" : null;
            if (field != null) {
                errors.rejectValue(field, refused.messageKey());
            } else {
                model.addAttribute("problem", refused.messageKey());
            }
            return view(token, model, response);
        }
        redirect.addFlashAttribute("decided", approve ? "approved" : "declined");
        return "redirect:/training/approvals/" + token;
    }
}
