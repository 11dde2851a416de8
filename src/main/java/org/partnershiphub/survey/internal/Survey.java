package org.partnershiphub.survey.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A survey. It guards its own life: it never closes before it opens; its questions change only until it is published;
 * it is published only with a question; it takes answers only while published and open.
 */
@Entity
@Table(name = "survey")
public class Survey {

    public static final String RECORD_TYPE = "Survey";
    static final int MAX_QUESTIONS = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String intro;
    private String audience;
    @Column(name = "opens_on")
    private LocalDate opensOn;
    @Column(name = "closes_on")
    private LocalDate closesOn;
    private boolean anonymous;
    @Column(name = "child_friendly")
    private boolean childFriendly;
    private boolean published;
    @Column(name = "joint_agency_id")
    private Long jointAgencyId;
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Question> questions = new ArrayList<>();

    protected Survey() {
    }

    Survey(Surveys.Details details, long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        describe(details, now);
    }

    void describe(Surveys.Details d, Instant now) {
        if (d.closesOn().isBefore(d.opensOn())) {
            throw new SurveyRefused("closesOn", "survey.error.closesBeforeOpens");
        }
        if (published && (d.anonymous() != anonymous)) {
            throw new SurveyRefused("anonymous", "survey.error.anonymityFixed");
        }
        this.title = d.title();
        this.intro = d.intro();
        this.audience = d.audience();
        this.opensOn = d.opensOn();
        this.closesOn = d.closesOn();
        this.anonymous = d.anonymous();
        this.childFriendly = d.childFriendly();
        this.updatedAt = now;
    }

    void addQuestion(Question.Kind kind, String text, List<String> options, boolean required, Instant now) {
        requireDraft();
        if (questions.size() >= MAX_QUESTIONS) {
            throw new SurveyRefused("text", "survey.error.tooManyQuestions", MAX_QUESTIONS);
        }
        int position = questions.stream().mapToInt(Question::getPosition).max().orElse(0) + 1;
        questions.add(new Question(this, position, kind, text, options, required));
        updatedAt = now;
    }

    void removeQuestion(long questionId, Instant now) {
        requireDraft();
        questions.removeIf(q -> q.getId() != null && q.getId() == questionId);
        updatedAt = now;
    }

    void publish(Instant now) {
        requireDraft();
        if (questions.isEmpty()) {
            throw new SurveyRefused("publish", "survey.error.noQuestions");
        }
        published = true;
        updatedAt = now;
    }

    /** Whether it takes answers today. */
    public boolean open(LocalDate today) {
        return published && !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    private void requireDraft() {
        if (published) {
            throw new SurveyRefused("text", "survey.error.published");
        }
    }

    public List<Question> questions() {
        return questions.stream().sorted(Comparator.comparingInt(Question::getPosition)).toList();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getIntro() {
        return intro;
    }

    public String getAudience() {
        return audience;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public boolean isChildFriendly() {
        return childFriendly;
    }

    public boolean isPublished() {
        return published;
    }

    public long getVersion() {
        return version;
    }

    /** Runs the survey jointly with a partner (an agency of the directory), or with nobody when null. */
    void jointWith(Long agencyId, Instant now) {
        this.jointAgencyId = agencyId;
        this.updatedAt = now;
    }

    public Long getJointAgencyId() {
        return jointAgencyId;
    }
}
