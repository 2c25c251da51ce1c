package org.diplomatictimeline.io.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.diplomatictimeline.curation.Decision;
import org.diplomatictimeline.model.EventDate;

/**
 * The one Jackson mapper for project and recovery files, built once (mappers are thread-safe once configured).
 *
 * <p>Unknown properties are errors on purpose: silently dropping a field we do not know and then saving would
 * lose data; a newer writer bumps the schema version instead. Type names of decisions are the stable part of the
 * format (see docs/PROJECT-FORMAT.md), independent of Java class names, so classes can be renamed freely.
 */
final class ProjectJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addMixIn(Decision.class, DecisionMixin.class)
            .addMixIn(Decision.FieldEdit.class, FieldEditMixin.class)
            .addMixIn(EventDate.class, EventDateMixin.class)
            .build();

    private ProjectJson() {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Decision.Accept.class, name = "accept"),
            @JsonSubTypes.Type(value = Decision.Reject.class, name = "reject"),
            @JsonSubTypes.Type(value = Decision.Edit.class, name = "edit"),
            @JsonSubTypes.Type(value = Decision.AddEvidence.class, name = "add-evidence"),
            @JsonSubTypes.Type(value = Decision.RemoveEvidence.class, name = "remove-evidence"),
            @JsonSubTypes.Type(value = Decision.CreateEvent.class, name = "create"),
            @JsonSubTypes.Type(value = Decision.Merge.class, name = "merge"),
            @JsonSubTypes.Type(value = Decision.Split.class, name = "split"),
            @JsonSubTypes.Type(value = Decision.Note.class, name = "note")})
    @JsonIgnoreProperties(value = {"targets"}, allowGetters = false)
    private interface DecisionMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "field")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Decision.Title.class, name = "title"),
            @JsonSubTypes.Type(value = Decision.Type.class, name = "type"),
            @JsonSubTypes.Type(value = Decision.Status.class, name = "status"),
            @JsonSubTypes.Type(value = Decision.When.class, name = "date"),
            @JsonSubTypes.Type(value = Decision.Where.class, name = "place"),
            @JsonSubTypes.Type(value = Decision.Participants.class, name = "participants"),
            @JsonSubTypes.Type(value = Decision.Topics.class, name = "topics")})
    private interface FieldEditMixin {
    }

    /** {@code isKnown()} and {@code isRange()} are derived, not data. */
    @JsonIgnoreProperties({"known", "range"})
    private interface EventDateMixin {
    }
}
