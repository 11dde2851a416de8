package org.partnershiphub.scorecard.web;

import static org.partnershiphub.shared.web.FormValues.choice;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.scorecard.internal.Indicator;
import org.partnershiphub.scorecard.internal.Polarity;
import org.partnershiphub.scorecard.internal.Scorecard;
import org.partnershiphub.scorecard.internal.ScorecardRefused;
import org.partnershiphub.scorecard.internal.Unit;
import org.partnershiphub.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The business unit defines the scorecard's indicators: what, whose, how measured, and what good looks like. */
@Controller
class IndicatorsController {

    private final Scorecard scorecard;
    private final Directory directory;

    IndicatorsController(Scorecard scorecard, Directory directory) {
        this.scorecard = scorecard;
        this.directory = directory;
    }

    record IndicatorForm(@NotBlank(message = "{scorecard.error.code}") @Size(max = 20, message = "{scorecard.error.codeLength}") String code,
                         @NotBlank(message = "{scorecard.error.title}") @Size(max = 300, message = "{scorecard.error.titleLength}") String title,
                         @Size(max = 4000, message = "{error.tooLong4000}") String definition,
                         @Size(max = 200, message = "{error.tooLong200}") String priorityGroup,
                         Long ownerAgencyId, String unit,
                         @Size(max = 1000, message = "{error.tooLong1000}") String numerator,
                         @Size(max = 1000, message = "{error.tooLong1000}") String denominator,
                         String polarity, String target, String targetUpper, String tolerance,
                         @Size(max = 300, message = "{scorecard.error.sourceLength}") String dataSource, String frequency) {

        static IndicatorForm of(Indicator i) {
            return new IndicatorForm(i.getCode(), i.getTitle(), i.getDefinition(), i.getPriorityGroup(), i.getOwnerAgencyId(),
                    i.getUnit().name(), i.getNumerator(), i.getDenominator(), i.getPolarity().name(), plain(i.getTarget()),
                    plain(i.getTargetUpper()), plain(i.getTolerance()), i.getDataSource(), i.getFrequency().name());
        }

        private static String plain(BigDecimal value) {
            return value == null ? "" : value.stripTrailingZeros().toPlainString();
        }
    }

    @GetMapping("/scorecard/indicators/new")
    String newIndicator(Model model) {
        return form(null, new IndicatorForm("", "", "", "", null, "PERCENT", "", "", "HIGHER_IS_BETTER", "", "", "", "", "QUARTERLY"), model);
    }

    @PostMapping("/scorecard/indicators")
    String add(@Valid @ModelAttribute("form") IndicatorForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Scorecard.IndicatorDetails details = details(form, errors);
        if (details != null) {
            try {
                Indicator indicator = scorecard.addIndicator(CurrentUser.require(), details);
                redirect.addFlashAttribute("notice", "scorecard.indicator.saved");
                return "redirect:/scorecard/indicators/" + indicator.getId();
            } catch (ScorecardRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey());
            }
        }
        return form(null, form, model);
    }

    @GetMapping("/scorecard/indicators/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Indicator indicator = scorecard.indicator(CurrentUser.require(), id);
        return form(indicator, IndicatorForm.of(indicator), model);
    }

    @PostMapping("/scorecard/indicators/{id}/edit")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        Indicator indicator = scorecard.indicator(CurrentUser.require(), id);
        Scorecard.IndicatorDetails details = details(form, errors);
        if (details != null) {
            try {
                scorecard.editIndicator(CurrentUser.require(), id, details);
                redirect.addFlashAttribute("notice", "scorecard.indicator.saved");
                return "redirect:/scorecard/indicators/" + id;
            } catch (ScorecardRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey());
            }
        }
        return form(indicator, form, model);
    }

    private String form(Indicator indicator, IndicatorForm form, Model model) {
        model.addAttribute("indicator", indicator);
        model.addAttribute("form", form);
        model.addAttribute("agencies", directory.agencies());
        model.addAttribute("units", Unit.values());
        model.addAttribute("polarities", Polarity.values());
        model.addAttribute("frequencies", Indicator.Frequency.values());
        return "scorecard/indicator-form";
    }

    /** Binds the choices and numbers; null when something cannot be read (each refusal is next to its field). */
    private static Scorecard.IndicatorDetails details(IndicatorForm form, BindingResult errors) {
        Unit unit = choice(Unit.class, form.unit());
        Polarity polarity = choice(Polarity.class, form.polarity());
        Indicator.Frequency frequency = choice(Indicator.Frequency.class, form.frequency());
        if (form.ownerAgencyId() == null) {
            errors.rejectValue("ownerAgencyId", "scorecard.error.owner");
        }
        if (unit == null) {
            errors.rejectValue("unit", "scorecard.error.unit");
        }
        if (polarity == null) {
            errors.rejectValue("polarity", "scorecard.error.polarity");
        }
        if (frequency == null) {
            errors.rejectValue("frequency", "scorecard.error.frequency");
        }
        for (String field : new String[] {"target", "targetUpper", "tolerance"}) {
            String typed = field.equals("target") ? form.target() : field.equals("targetUpper") ? form.targetUpper() : form.tolerance();
            if (!ScorecardFormat.readable(typed)) {
                errors.rejectValue(field, "scorecard.error.number");
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new Scorecard.IndicatorDetails(form.code(), form.title(), form.definition(), form.priorityGroup(), form.ownerAgencyId(), unit,
                form.numerator(), form.denominator(), polarity, ScorecardFormat.parse(form.target()).orElse(null),
                ScorecardFormat.parse(form.targetUpper()).orElse(null), ScorecardFormat.parse(form.tolerance()).orElse(null),
                form.dataSource(), frequency);
    }
}
