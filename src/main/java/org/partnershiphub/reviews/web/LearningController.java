package org.partnershiphub.reviews.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.reviews.internal.ReviewLearning;
import org.partnershiphub.reviews.internal.ReviewWorkflow;
import org.partnershiphub.shared.web.DateInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Findings, recommendations, learning and impact for a review; the learning-to-impact chain; cross-cutting themes. */
@Controller
class LearningController {

    private final ReviewLearning learning;
    private final ReviewWorkflow workflow;
    private final Directory directory;

    LearningController(ReviewLearning learning, ReviewWorkflow workflow, Directory directory) {
        this.learning = learning;
        this.workflow = workflow;
        this.directory = directory;
    }

    record NewFinding(@NotBlank(message = "{finding.error.text}") @Size(max = 4000, message = "{error.tooLong4000}") String text,
                      List<Long> themeIds) { }

    record NewRecommendation(Long findingId,
                             @NotBlank(message = "{recommendation.error.text}") @Size(max = 4000, message = "{error.tooLong4000}") String text,
                             @NotNull(message = "{recommendation.error.owner}") Long ownerAgencyId,
                             DateInput dueDate) { }

    record Impact(@NotBlank(message = "{impact.error.text}") @Size(max = 4000, message = "{error.tooLong4000}") String evidence) { }

    record NewProduct(@NotNull(message = "{product.error.kind}") String kind,
                      @NotBlank(message = "{product.error.title}") @Size(max = 200, message = "{error.tooLong200}") String title,
                      DateInput publishedOn) { }

    record Dissemination(@NotNull(message = "{summary.error.agency}") Long agencyId, DateInput disseminatedOn) { }

    @GetMapping("/reviews/{id}/learning")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("finding", new NewFinding("", List.of()));
        model.addAttribute("recommendation", new NewRecommendation(null, "", null, DateInput.EMPTY));
        model.addAttribute("product", new NewProduct(null, "", DateInput.EMPTY));
        return view(id, model);
    }

    private String view(long id, Model model) {
        model.addAttribute("incident", workflow.view(id));
        model.addAttribute("learning", learning.learning(id));
        model.addAttribute("themes", learning.themes());
        model.addAttribute("agencies", directory.agencies());
        if (!model.containsAttribute("finding")) {
            model.addAttribute("finding", new NewFinding("", List.of()));
        }
        if (!model.containsAttribute("recommendation")) {
            model.addAttribute("recommendation", new NewRecommendation(null, "", null, DateInput.EMPTY));
        }
        if (!model.containsAttribute("product")) {
            model.addAttribute("product", new NewProduct(null, "", DateInput.EMPTY));
        }
        return "reviews/learning";
    }

    private static String back(long id, RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/reviews/" + id + "/learning";
    }

    @PostMapping("/reviews/{id}/findings")
    String addFinding(@PathVariable long id, @Valid @ModelAttribute("finding") NewFinding form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return view(id, model);
        }
        learning.addFinding(id, form.text(), form.themeIds() == null ? Set.of() : Set.copyOf(form.themeIds()));
        return back(id, redirect, "finding.saved");
    }

    @PostMapping("/reviews/{id}/recommendations")
    String addRecommendation(@PathVariable long id, @Valid @ModelAttribute("recommendation") NewRecommendation form,
                             BindingResult errors, Model model, RedirectAttributes redirect) {
        LocalDate due = DateInput.read(form.dueDate(), "dueDate", errors, false, null);
        if (errors.hasErrors()) {
            return view(id, model);
        }
        learning.addRecommendation(id, form.findingId(), form.text(), form.ownerAgencyId(), due);
        return back(id, redirect, "recommendation.saved");
    }

    @PostMapping("/reviews/{id}/recommendations/{recommendationId}/impact")
    String evidenceImpact(@PathVariable long id, @PathVariable long recommendationId, @Valid @ModelAttribute("impact") Impact form,
                          BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("problem", "impact.error.text");
            return "redirect:/reviews/" + id + "/learning";
        }
        learning.evidenceImpact(id, recommendationId, form.evidence());
        return back(id, redirect, "impact.saved");
    }

    @PostMapping("/reviews/{id}/learning-products")
    String addProduct(@PathVariable long id, @Valid @ModelAttribute("product") NewProduct form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        LocalDate published = DateInput.read(form.publishedOn(), "publishedOn", errors, false, null);
        if (form.kind() != null && !Set.of("LEARNING_BRIEF", "SEVEN_MINUTE_BRIEFING", "TRAINING").contains(form.kind())) {
            errors.rejectValue("kind", "product.error.kind");
        }
        if (errors.hasErrors()) {
            return view(id, model);
        }
        learning.addProduct(id, form.kind(), form.title(), published);
        return back(id, redirect, "product.saved");
    }

    @PostMapping("/reviews/{id}/learning-products/{productId}/dissemination")
    String disseminated(@PathVariable long id, @PathVariable long productId, @Valid @ModelAttribute("dissemination") Dissemination form,
                        BindingResult errors, RedirectAttributes redirect) {
        LocalDate on = DateInput.read(form.disseminatedOn(), "disseminatedOn", errors, false, null);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("problem", "summary.error.agency");
            return "redirect:/reviews/" + id + "/learning";
        }
        boolean added = learning.disseminated(id, productId, form.agencyId(), on != null ? on : workflow.today());
        return back(id, redirect, added ? "dissemination.saved" : "dissemination.already");
    }

    @GetMapping("/reviews/learning-to-impact")
    String chain(Model model) {
        List<ReviewLearning.ChainRow> rows = learning.chain();
        model.addAttribute("rows", rows);
        model.addAttribute("broken", rows.stream().filter(r -> r.brokenAt() != null).count());
        return "reviews/learning-to-impact";
    }

    @GetMapping("/reviews/themes")
    String themes(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate today = workflow.today();
        LocalDate periodTo = to != null ? to : today;
        LocalDate periodFrom = from != null ? from : periodTo.minusYears(1).plusDays(1);
        List<ReviewLearning.ThemeCount> counts = learning.themesReport(periodFrom, periodTo);
        model.addAttribute("counts", counts);
        model.addAttribute("max", counts.stream().mapToInt(ReviewLearning.ThemeCount::findings).max().orElse(1));
        model.addAttribute("from", periodFrom);
        model.addAttribute("to", periodTo);
        return "reviews/themes";
    }
}
