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
import org.partnershiphub.identity.Directory;
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
    /** Who may reach the results pages at all: the readers, and agency leads for the surveys joint with their agency. */
    public static final Set<Role> RESULT_READERS = java.util.Collections.unmodifiableSet(java.util.stream.Stream.concat(READERS.stream(),
            java.util.stream.Stream.of(Role.AGENCY_LEAD)).collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Role.class))));

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
    private final Directory directory;
    private final HubProperties hub;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Surveys(SurveyRepository surveys, Directory directory, HubProperties hub, JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.directory = directory;
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
        if (READERS.stream().anyMatch(actor::hasRole)) {
            return surveys.findAllByOrderByOpensOnDescIdDesc();
        }
        refuseUnless(actor.hasRole(Role.AGENCY_LEAD), null, AuditAction.SEARCH);
        return surveys.findByJointAgencyIdOrderByOpensOnDescIdDesc(actor.agencyId());
    }

    /**
     * Who reads a survey's results: the partnership's readers, and the leads of the partner it is run jointly with
     * (e.g. the adults board's business unit), who see nothing else of the partnership's.
     */
    public static boolean mayReadResults(HubPrincipal actor, Survey survey) {
        return READERS.stream().anyMatch(actor::hasRole)
                || (actor.hasRole(Role.AGENCY_LEAD) && survey.getJointAgencyId() != null && survey.getJointAgencyId() == actor.agencyId());
    }

    /** Runs the survey jointly with a partner of the directory, or with nobody (null); the business unit's, audited. */
    @Transactional
    public void jointWith(HubPrincipal actor, long id, Long agencyId) {
        Survey survey = find(id);
        refuseUnless(mayManage(actor), id, AuditAction.UPDATE);
        String partner = null;
        if (agencyId != null) {
            partner = directory.agency(agencyId).map(Directory.Agency::name)
                    .orElseThrow(() -> new SurveyRefused("jointAgency", "survey.error.jointAgency"));
        }
        survey.jointWith(agencyId, clock.instant());
        surveys.saveAndFlush(survey);
        audit.record(AuditEvent.of(AuditAction.UPDATE, Survey.RECORD_TYPE, id).withDetail(partner == null ? "not joint" : "joint with " + partner));
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
        refuseUnless(mayReadResults(actor, survey), id, AuditAction.VIEW);
        Results results = counted(survey);
        audit.record(AuditEvent.of(AuditAction.VIEW, Survey.RECORD_TYPE, id).withDetail("results"));
        return results;
    }

    private Results counted(Survey survey) {
        long id = survey.getId();
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
        return new Results(survey, responses, results);
    }

    /** Every response as a row, one column per question (a multiple choice's options joined by "; "); the export is audited. */
    @Transactional
    public String csv(HubPrincipal actor, long id) {
        Table table = table(actor, id);
        StringBuilder csv = new StringBuilder();
        table.rows().forEach(row -> csv.append(CsvCells.row(row.toArray(String[]::new))));
        audit.record(AuditEvent.of(AuditAction.EXPORT, Survey.RECORD_TYPE, id).withDetail(table.responses() + " responses as CSV"));
        return csv.toString();
    }

    /**
     * The responses as a workbook: a sheet of every response (ratings as numbers) and a sheet of the counts per
     * option and rating with the average, as the results page shows them; the export is audited.
     */
    @Transactional
    public byte[] xlsx(HubPrincipal actor, long id) {
        Table table = table(actor, id);
        Results results = counted(find(id));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet responses = book.createSheet("Responses");
            for (int r = 0; r < table.rows().size(); r++) {
                org.apache.poi.ss.usermodel.Row row = responses.createRow(r);
                List<String> cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String value = cells.get(c);
                    if (r > 0 && table.numeric().get(c) && value.matches("\\d{1,2}")) {
                        row.createCell(c).setCellValue(Integer.parseInt(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            org.apache.poi.ss.usermodel.Sheet summary = book.createSheet("Summary");
            int r = 0;
            org.apache.poi.ss.usermodel.Row head = summary.createRow(r++);
            head.createCell(0).setCellValue("Question");
            head.createCell(1).setCellValue("Answer");
            head.createCell(2).setCellValue("Responses");
            for (QuestionResult q : results.questions()) {
                for (Map.Entry<String, Long> count : q.counts().entrySet()) {
                    org.apache.poi.ss.usermodel.Row row = summary.createRow(r++);
                    row.createCell(0).setCellValue(q.question().getText());
                    row.createCell(1).setCellValue(count.getKey());
                    row.createCell(2).setCellValue(count.getValue());
                }
                if (q.average() != null) {
                    org.apache.poi.ss.usermodel.Row row = summary.createRow(r++);
                    row.createCell(0).setCellValue(q.question().getText());
                    row.createCell(1).setCellValue("Average rating");
                    row.createCell(2).setCellValue(Math.round(q.average() * 10) / 10.0);
                }
            }
            book.write(out);
            audit.record(AuditEvent.of(AuditAction.EXPORT, Survey.RECORD_TYPE, id).withDetail(table.responses() + " responses as XLSX"));
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The responses as rows under a header row, with which columns hold ratings. */
    private record Table(List<List<String>> rows, List<Boolean> numeric, int responses) {
    }

    private Table table(HubPrincipal actor, long id) {
        Survey survey = find(id);
        refuseUnless(mayReadResults(actor, survey), id, AuditAction.EXPORT);
        List<Question> questions = survey.questions();
        List<String> header = new ArrayList<>(List.of("submittedAt"));
        List<Boolean> numeric = new ArrayList<>(List.of(false));
        if (!survey.isAnonymous()) {
            header.add("name");
            numeric.add(false);
        }
        questions.forEach(q -> {
            header.add(q.getText());
            numeric.add(q.getKind() == Question.Kind.RATING);
        });
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
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
                row.add(r.getValue()[1] == null ? "" : r.getValue()[1]);
            }
            Map<Long, List<String>> answers = byResponse.getOrDefault(r.getKey(), Map.of());
            questions.forEach(q -> row.add(String.join("; ", answers.getOrDefault(q.getId(), List.of()))));
            rows.add(row);
        }
        return new Table(rows, numeric, heads.size());
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
