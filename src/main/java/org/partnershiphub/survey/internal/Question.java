package org.partnershiphub.survey.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One question of a survey; choice questions hold their options one per line. */
@Entity
@Table(name = "survey_question")
public class Question {

    public enum Kind { SINGLE, MULTIPLE, RATING, TEXT }

    public static final int RATING_MAX = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private Survey survey;
    private int position;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String text;
    private String options;
    private boolean required;

    protected Question() {
    }

    Question(Survey survey, int position, Kind kind, String text, List<String> options, boolean required) {
        this.survey = survey;
        this.position = position;
        this.kind = kind;
        this.text = text;
        this.options = options.isEmpty() ? null : String.join("\n", options);
        this.required = required;
    }

    public List<String> options() {
        return options == null ? List.of() : Arrays.stream(options.split("\n")).toList();
    }

    public boolean choice() {
        return kind == Kind.SINGLE || kind == Kind.MULTIPLE;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public Kind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public boolean isRequired() {
        return required;
    }
}
