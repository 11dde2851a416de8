package org.partnershiphub.survey.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditOutcome;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.identity.Permissions;
import org.partnershiphub.shared.FieldRefusals;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.CsvCells;
import org.partnershiphub.shared.web.HubProperties;
import org.partnershiphub.shared.web.NotFoundException;
import org.partnershiphub.survey.OpenSurveys;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys' use cases, each one transaction owning its rules: the business unit writes a survey and its questions and
 * publishes it; anyone with the link answers while it is open (every problem with an answer named at once); the business
 * unit and the partnership's readers see the results, counted in the database, and export them. Each change, each read
 * of results and each export is audited; an anonymous survey never keeps a name.
 */
@Service
public class Surveys implements OpenSurveys {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final Set<Role> READERS = Role.QUALITY_ASSURANCE_READERS;

    public record Details(String title, String intro, String audience, LocalDate opensOn, LocalDate closesOn, boolean anonymous, boolean childFriendly) {
    }

    /** The answers as posted: per question id, the values sent (one for most kinds, any number for multiple choice). */
    public record Answers(String name, Map<Long, List<String>> values) {
    }

    /** One question's results: counts per option (or per rating), the average rating, or the free text given. */
    public record QuestionResult(Question question, Map<String, Long> counts, long answered, Double average, List<String> texts, long largest) {
    }

    public record Results(Survey survey, long responses, List<QuestionResult> questions) {
    }

    private final SurveyRepository surveys;
    private final HubProperties hub;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Surveys(SurveyRepository surveys, HubProperties hub, JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.surveys = surveys;
        this.hub = hub;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Listing> openOn(LocalDate day) {
        return surveys.findByPublishedTrueAndOpensOnLessThanEqualAndClosesOnGreaterThanEqualOrderByClosesOnAscIdAsc(day, day).stream()
                .map(s -> new Listing(s.getTitle(), s.getClosesOn(), hub.baseUrl() + "/take/" + s.getId())).toList();
    }

    public static boolean mayManage(HubPrincipal actor) {
        return actor.hasRole(Role.BUSINESS_UNIT);
    }

    @Transactional(readOnly = true)
    public List<Survey> all(HubPrincipal actor) {
        refuseUnless(READERS.stream().anyMatch(actor::hasRole), null, AuditAction.SEARCH);
        return surveys.findAllByOrderByOpensOnDescIdDesc();
    }

    @Transactional
    public Survey create(HubPrincipal actor, Details details) {
        refuseUnless(mayManage(actor), null, AuditAction.CREATE);
        Survey survey = surveys.save(new Survey(checked(details), actor.userId(), clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, Survey.RECORD_TYPE, survey.getId()));
        return survey;
    }

    @Transactional
    public void describe(HubPrincipal actor, long id, long version, Details details) {
        Survey survey = find(id);
        refuseUnless(mayManage(actor), id, AuditAction.UPDATE);
        if (survey.getVersion() != version) {
            throw new OptimisticLockingFailureException("survey " + id + " changed since version " + version);
        }
        survey.describe(checked(details), clock.instant());
        surveys.saveAndFlush(survey);
        audit.record(AuditEvent.of(AuditAction.UPDATE, Survey.RECORD_TYPE, id).withDetail("details changed"));
    }

    @Transactional(readOnly = true)
    public Survey forManaging(HubPrincipal actor, long id) {
        Survey survey = find(id);
        refuseUnless(mayManage(actor), id, AuditAction.VIEW);
        survey.questions();
        return survey;
    }

    /** Adds a question; a choice question needs at least two options, one per line (blank lines dropped). */
    @Transactional
    public void addQuestion(HubPrincipal actor, long id, Question.Kind kind, String text, String options, boolean required) {
        Survey survey = find(id);
        refuseUnless(mayManage(actor), id, AuditAction.UPDATE);
        if (kind == null) {
            throw new SurveyRefused("kind", "survey.error.kind");
        }
        String question = text == null ? "" : text.strip();
        if (question.isEmpty()) {
            throw new SurveyRefused("text", "survey.error.text");
        }
        if (question.length() > 500) {
            throw new SurveyRefused("text", "survey.error.textLength");
        }
        List<String> choices = options == null ? List.of() : Arrays.stream(options.split("\\R")).map(String::strip).filter(o -> !o.isEmpty())
                .distinct().toList();
        if (kind == Question.Kind.SINGLE || kind == Question.Kind.MULTIPLE) {
            if (choices.size() < 2) {
                throw new SurveyRefused("options", "survey.error.options");
            }
            if (choices.size() > 20 || choices.stream().anyMatch(o -> o.length() > 200)) {
                throw new SurveyRefused("options", "survey.error.optionsLength");
            }
        } else {
            choices = List.of();
        }
        survey.addQuestion(kind, question, choices, required, clock.instant());
        surveys.saveAndFlush(survey);
        audit.record(AuditEvent.of(AuditAction.UPDATE, Survey.RECORD_TYPE, id).withDetail("question added"));
    }

    @Transactional
    public void removeQuestion(HubPrincipal actor, long id, long questionId) {
        Survey survey = find(id);
        refuseUnless(mayManage(actor), id, AuditAction.UPDATE);
        survey.removeQuestion(questionId, clock.instant());
        surveys.saveAndFlush(survey);
        audit.record(AuditEvent.of(AuditAction.UPDATE, Survey.RECORD_TYPE, id).withDetail("question removed"));
    }

    @Transactional
    public void publish(HubPrincipal actor, long id) {
        Survey survey = find(id);
        refuseUnless(mayManage(actor), id, AuditAction.UPDATE);
        survey.publish(clock.instant());
        surveys.saveAndFlush(survey);
        audit.record(AuditEvent.of(AuditAction.UPDATE, Survey.RECORD_TYPE, id).withDetail("published"));
    }

    /** A published survey for the person answering it, open or not (the page says which); a draft is not found. */
    @Transactional(readOnly = true)
    public Survey forAnswering(long id) {
        Survey survey = surveys.findById(id).filter(Survey::isPublished).orElseThrow(() -> new NotFoundException("survey"));
        survey.questions();
        return survey;
    }

    /**
     * Keeps one response. Refused while the survey is not open; every problem with the answers is named at once: a
     * required question left blank, an option the question does not have, a rating outside 1 to 5, text too long, a
     * name missing from a named survey. An anonymous survey keeps no name even when one is sent.
     */
    @Transactional
    public void answer(long id, Answers answers) {
        Survey survey = forAnswering(id);
        if (!survey.open(today())) {
            throw new SurveyRefused("survey", "survey.error.notOpen");
        }
        FieldRefusals.Collector refusals = new FieldRefusals.Collector();
        String name = answers.name() == null ? "" : answers.name().strip();
        if (!survey.isAnonymous() && name.isEmpty()) {
            refusals.reject("name", "survey.error.name");
        } else if (name.length() > 200) {
            refusals.reject("name", "survey.error.nameLength");
        }
        Map<Question, List<String>> kept = new LinkedHashMap<>();
        for (Question q : survey.questions()) {
            List<String> given = answers.values().getOrDefault(q.getId(), List.of()).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
            String field = "q" + q.getId();
            if (given.isEmpty()) {
                if (q.isRequired()) {
                    refusals.reject(field, q.getKind() == Question.Kind.TEXT ? "survey.error.answerText" : "survey.error.answerChoose");
                }
                continue;
            }
            switch (q.getKind()) {
                case SINGLE, MULTIPLE -> {
                    if ((q.getKind() == Question.Kind.SINGLE && given.size() > 1) || !q.options().containsAll(given)) {
                        refusals.reject(field, "survey.error.answerOption");
                        continue;
                    }
                }
                case RATING -> {
                    int rating;
                    try {
                        rating = Integer.parseInt(given.get(0));
                    } catch (NumberFormatException e) {
                        rating = 0;
                    }
                    if (given.size() > 1 || rating < 1 || rating > Question.RATING_MAX) {
                        refusals.reject(field, "survey.error.answerRating");
                        continue;
                    }
                }
                case TEXT -> {
                    if (given.size() > 1 || given.get(0).length() > 4000) {
                        refusals.reject(field, "survey.error.answerLength");
                        continue;
                    }
                }
            }
            kept.put(q, given.stream().distinct().toList());
        }
        refusals.throwIfAny();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(clock.instant());
        String keptName = survey.isAnonymous() ? null : name;
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into survey_response (survey_id, respondent_name, submitted_at) values (?, ?, ?)",
                    new String[] {"id"});
            statement.setLong(1, id);
            statement.setString(2, keptName);
            statement.setTimestamp(3, now);
            return statement;
        }, key);
        long response = key.getKey().longValue();
        for (Map.Entry<Question, List<String>> e : kept.entrySet()) {
            Question q = e.getKey();
            for (String value : e.getValue()) {
                jdbc.update("insert into survey_answer (response_id, question_id, choice, rating, answer_text) values (?, ?, ?, ?, ?)", response, q.getId(),
                        q.choice() ? value : null, q.getKind() == Question.Kind.RATING ? Integer.valueOf(value) : null,
                        q.getKind() == Question.Kind.TEXT ? value : null);
            }
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, "SurveyResponse", response).withDetail("survey " + id));
    }

    /** Results counted in the database: per option, per rating with the average, and the free text given. */
    @Transactional
    public Results results(HubPrincipal actor, long id) {
        Survey survey = find(id);
        refuseUnless(READERS.stream().anyMatch(actor::hasRole), id, AuditAction.VIEW);
        long responses = jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Long.class, id);
        List<QuestionResult> results = new ArrayList<>();
        for (Question q : survey.questions()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            Double average = null;
            List<String> texts = List.of();
            if (q.choice()) {
                q.options().forEach(o -> counts.put(o, 0L));
                jdbc.query("select choice, count(*) from survey_answer where question_id = ? group by choice",
                        rs -> {
                            counts.put(rs.getString(1), rs.getLong(2));
                        }, q.getId());
            } else if (q.getKind() == Question.Kind.RATING) {
                for (int r = 1; r <= Question.RATING_MAX; r++) {
                    counts.put(String.valueOf(r), 0L);
                }
                jdbc.query("select rating, count(*) from survey_answer where question_id = ? group by rating",
                        rs -> {
                            counts.put(String.valueOf(rs.getInt(1)), rs.getLong(2));
                        }, q.getId());
                average = jdbc.queryForObject("select avg(cast(rating as double precision)) from survey_answer where question_id = ?", Double.class, q.getId());
            } else {
                texts = jdbc.queryForList("select answer_text from survey_answer where question_id = ? order by id", String.class, q.getId());
            }
            long answered = jdbc.queryForObject("select count(distinct response_id) from survey_answer where question_id = ?", Long.class, q.getId());
            long largest = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
            results.add(new QuestionResult(q, counts, answered, average, texts, largest));
        }
        audit.record(AuditEvent.of(AuditAction.VIEW, Survey.RECORD_TYPE, id).withDetail("results"));
        return new Results(survey, responses, results);
    }

    /** Every response as a row, one column per question (a multiple choice's options joined by "; "); the export is audited. */
    @Transactional
    public String csv(HubPrincipal actor, long id) {
        Survey survey = find(id);
        refuseUnless(READERS.stream().anyMatch(actor::hasRole), id, AuditAction.EXPORT);
        List<Question> questions = survey.questions();
        List<String> header = new ArrayList<>(List.of("submittedAt"));
        if (!survey.isAnonymous()) {
            header.add("name");
        }
        questions.forEach(q -> header.add(q.getText()));
        StringBuilder csv = new StringBuilder(CsvCells.row(header.toArray(String[]::new)));
        Map<Long, Map<Long, List<String>>> byResponse = new LinkedHashMap<>();
        Map<Long, String[]> heads = new LinkedHashMap<>();
        jdbc.query("select id, submitted_at, respondent_name from survey_response where survey_id = ? order by id",
                rs -> {
                    heads.put(rs.getLong(1), new String[] {rs.getTimestamp(2).toInstant().toString(), rs.getString(3)});
                }, id);
        jdbc.query("select a.response_id, a.question_id, coalesce(a.choice, cast(a.rating as varchar(10)), a.answer_text) from survey_answer a "
                + "join survey_response r on r.id = a.response_id where r.survey_id = ? order by a.id",
                rs -> {
                    byResponse.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                            .add(rs.getString(3));
                }, id);
        for (Map.Entry<Long, String[]> r : heads.entrySet()) {
            List<String> row = new ArrayList<>(List.of(r.getValue()[0]));
            if (!survey.isAnonymous()) {
                row.add(r.getValue()[1]);
            }
            Map<Long, List<String>> answers = byResponse.getOrDefault(r.getKey(), Map.of());
            questions.forEach(q -> row.add(String.join("; ", answers.getOrDefault(q.getId(), List.of()))));
            csv.append(CsvCells.row(row.toArray(String[]::new)));
        }
        audit.record(AuditEvent.of(AuditAction.EXPORT, Survey.RECORD_TYPE, id).withDetail(heads.size() + " responses as CSV"));
        return csv.toString();
    }

    private static Details checked(Details d) {
        String title = d.title() == null ? "" : d.title().strip();
        if (title.isEmpty()) {
            throw new SurveyRefused("title", "survey.error.title");
        }
        if (title.length() > 200) {
            throw new SurveyRefused("title", "survey.error.titleLength");
        }
        if (d.opensOn() == null) {
            throw new SurveyRefused("opensOn", "survey.error.opensOn");
        }
        if (d.closesOn() == null) {
            throw new SurveyRefused("closesOn", "survey.error.closesOn");
        }
        if (d.closesOn().isBefore(d.opensOn())) {
            throw new SurveyRefused("closesOn", "survey.error.closesBeforeOpens");
        }
        String intro = d.intro() == null || d.intro().isBlank() ? null : d.intro().strip();
        if (intro != null && intro.length() > 2000) {
            throw new SurveyRefused("intro", "survey.error.introLength");
        }
        String audience = d.audience() == null || d.audience().isBlank() ? null : d.audience().strip();
        if (audience != null && audience.length() > 200) {
            throw new SurveyRefused("audience", "survey.error.audienceLength");
        }
        return new Details(title, intro, audience, d.opensOn(), d.closesOn(), d.anonymous(), d.childFriendly());
    }

    private Survey find(long id) {
        return surveys.findById(id).orElseThrow(() -> new NotFoundException("survey"));
    }

    private void refuseUnless(boolean allowed, Long id, AuditAction attempted) {
        if (!allowed) {
            audit.record(new AuditEvent(AuditAction.DENIED, Survey.RECORD_TYPE, id == null ? null : String.valueOf(id), AuditOutcome.DENIED,
                    null, attempted + " survey"));
            throw Permissions.deniedAfterAudit();
        }
    }
}
