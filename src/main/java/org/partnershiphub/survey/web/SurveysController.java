package org.partnershiphub.survey.web;

import static org.partnershiphub.shared.web.FormValues.choice;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.FieldRefusals;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.web.DateInput;
import org.partnershiphub.shared.web.HubProperties;
import org.partnershiphub.survey.internal.Question;
import org.partnershiphub.survey.internal.Survey;
import org.partnershiphub.survey.internal.SurveyRefused;
import org.partnershiphub.survey.internal.Surveys;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The business unit writes and publishes surveys and reads their results; anyone with the link answers an open survey. */
@Controller
class SurveysController {

    record SurveyForm(@Size(max = 200, message = "{survey.error.titleLength}") String title,
                      @Size(max = 2000, message = "{survey.error.introLength}") String intro,
                      @Size(max = 200, message = "{survey.error.audienceLength}") String audience, DateInput opensOn, DateInput closesOn,
                      Boolean anonymous, Boolean childFriendly) {
    }

    record QuestionForm(String kind, @Size(max = 500, message = "{survey.error.textLength}") String text,
                        @Size(max = 4000, message = "{survey.error.optionsLength}") String options, Boolean required) {
    }

    private final Surveys surveys;
    private final HubProperties hub;
    private final Directory directory;

    SurveysController(Surveys surveys, HubProperties hub, Directory directory) {
        this.directory = directory;
        this.surveys = surveys;
        this.hub = hub;
    }

    @GetMapping("/surveys")
    String list(Model model) {
        HubPrincipal actor = CurrentUser.require();
        model.addAttribute("surveys", surveys.all(actor));
        model.addAttribute("canManage", Surveys.mayManage(actor));
        model.addAttribute("today", surveys.today());
        return "survey/list";
    }

    @GetMapping("/surveys/new")
    String newSurvey(Model model) {
        LocalDate today = surveys.today();
        return surveyForm(new SurveyForm("", "", "", DateInput.of(today), DateInput.of(today.plusWeeks(4)), true, false), model);
    }

    @PostMapping("/surveys")
    String create(@Valid @ModelAttribute("form") SurveyForm form, BindingResult errors, Model model) {
        LocalDate opens = DateInput.read(form.opensOn(), "opensOn", errors, true, "survey.error.opensOn");
        LocalDate closes = DateInput.read(form.closesOn(), "closesOn", errors, true, "survey.error.closesOn");
        if (!errors.hasErrors()) {
            try {
                Survey survey = surveys.create(CurrentUser.require(), new Surveys.Details(form.title(), form.intro(), form.audience(), opens, closes,
                        Boolean.TRUE.equals(form.anonymous()), Boolean.TRUE.equals(form.childFriendly())));
                return "redirect:/surveys/" + survey.getId();
            } catch (SurveyRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            }
        }
        return surveyForm(form, model);
    }

    private static String surveyForm(SurveyForm form, Model model) {
        model.addAttribute("form", form);
        return "survey/survey-form";
    }

    @GetMapping("/surveys/{surveyId}")
    String manage(@PathVariable long surveyId, Model model) {
        return managePage(surveys.forManaging(CurrentUser.require(), surveyId), new QuestionForm("SINGLE", "", "", true), model);
    }

    @PostMapping("/surveys/{surveyId}/questions")
    String addQuestion(@PathVariable long surveyId, @Valid @ModelAttribute("form") QuestionForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        HubPrincipal actor = CurrentUser.require();
        if (!errors.hasErrors()) {
            try {
                surveys.addQuestion(actor, surveyId, choice(Question.Kind.class, form.kind()), form.text(), form.options(), Boolean.TRUE.equals(form.required()));
                redirect.addFlashAttribute("notice", "survey.questionAdded");
                return "redirect:/surveys/" + surveyId + "#questions";
            } catch (SurveyRefused refused) {
                errors.rejectValue(List.of("kind", "text", "options").contains(refused.field()) ? refused.field() : "text", refused.messageKey(),
                        refused.arguments(), null);
            }
        }
        return managePage(surveys.forManaging(actor, surveyId), form, model);
    }

    private String managePage(Survey survey, QuestionForm form, Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("form", form);
        model.addAttribute("kinds", Question.Kind.values());
        model.addAttribute("shareLink", hub.baseUrl() + "/take/" + survey.getId());
        model.addAttribute("agencies", directory.agencies());
        model.addAttribute("jointName", survey.getJointAgencyId() == null ? null : directory.agencyName(survey.getJointAgencyId()));
        model.addAttribute("today", surveys.today());
        return "survey/manage";
    }

    @PostMapping("/surveys/{surveyId}/questions/{questionId}/remove")
    String removeQuestion(@PathVariable long surveyId, @PathVariable long questionId, RedirectAttributes redirect) {
        try {
            surveys.removeQuestion(CurrentUser.require(), surveyId, questionId);
            redirect.addFlashAttribute("notice", "survey.questionRemoved");
        } catch (SurveyRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/surveys/" + surveyId + "#questions";
    }

    @PostMapping("/surveys/{surveyId}/publish")
    String publish(@PathVariable long surveyId, RedirectAttributes redirect) {
        try {
            surveys.publish(CurrentUser.require(), surveyId);
            redirect.addFlashAttribute("notice", "survey.publishedNotice");
        } catch (SurveyRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/surveys/" + surveyId;
    }

    @GetMapping("/surveys/{surveyId}/results")
    String results(@PathVariable long surveyId, Model model) {
        Surveys.Results results = surveys.results(CurrentUser.require(), surveyId);
        model.addAttribute("results", results);
        Long joint = results.survey().getJointAgencyId();
        model.addAttribute("jointName", joint == null ? null : directory.agencyName(joint));
        return "survey/results";
    }

    @GetMapping("/surveys/{surveyId}/results.xlsx")
    ResponseEntity<byte[]> exportXlsx(@PathVariable long surveyId) {
        byte[] body = surveys.xlsx(CurrentUser.require(), surveyId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("survey-" + surveyId + "-results.xlsx").build().toString())
                .body(body);
    }

    @PostMapping("/surveys/{surveyId}/joint")
    String joint(@PathVariable long surveyId, @RequestParam(required = false) String jointAgency, RedirectAttributes redirect) {
        Long agency = null;
        if (jointAgency != null && !jointAgency.isBlank()) {
            try {
                agency = Long.valueOf(jointAgency.strip());
            } catch (NumberFormatException e) {
                agency = -1L;
            }
        }
        try {
            surveys.jointWith(CurrentUser.require(), surveyId, agency);
            redirect.addFlashAttribute("notice", agency == null ? "survey.notJointNotice" : "survey.jointNotice");
        } catch (SurveyRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/surveys/" + surveyId;
    }

    @GetMapping("/surveys/{surveyId}/results.csv")
    ResponseEntity<byte[]> export(@PathVariable long surveyId) {
        byte[] body = surveys.csv(CurrentUser.require(), surveyId).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("survey-" + surveyId + "-results.csv").build().toString())
                .body(body);
    }

    @GetMapping("/take/{surveyId}")
    String take(@PathVariable long surveyId, Model model) {
        return takePage(surveys.forAnswering(surveyId), Map.of(), "", List.of(), model);
    }

    @PostMapping("/take/{surveyId}")
    String answer(@PathVariable long surveyId, HttpServletRequest request, Model model) {
        Survey survey = surveys.forAnswering(surveyId);
        Map<Long, List<String>> values = new HashMap<>();
        for (Question q : survey.questions()) {
            String[] given = request.getParameterValues("q" + q.getId());
            values.put(q.getId(), given == null ? List.of() : List.of(given));
        }
        String name = request.getParameter("name");
        try {
            surveys.answer(surveyId, new Surveys.Answers(name, values));
            return "redirect:/take/" + surveyId + "/thank-you";
        } catch (FieldRefusals refused) {
            return takePage(survey, values, name, refused.refusals(), model);
        } catch (SurveyRefused refused) {
            model.addAttribute("problem", refused.messageKey());
            return takePage(survey, values, name, List.of(), model);
        }
    }

    @GetMapping("/take/{surveyId}/thank-you")
    String thanks(@PathVariable long surveyId, Model model) {
        model.addAttribute("survey", surveys.forAnswering(surveyId));
        return "survey/thank-you";
    }

    private String takePage(Survey survey, Map<Long, List<String>> values, String name, List<FieldRefusals.Refusal> refusals, Model model) {
        Map<String, String> errors = new HashMap<>();
        refusals.forEach(r -> errors.putIfAbsent(r.field(), r.messageKey()));
        model.addAttribute("survey", survey);
        model.addAttribute("values", values);
        model.addAttribute("name", name == null ? "" : name);
        model.addAttribute("answerErrors", errors);
        model.addAttribute("refusals", refusals);
        model.addAttribute("pageErrors", !refusals.isEmpty());
        model.addAttribute("open", survey.open(surveys.today()));
        return "survey/take";
    }
}
