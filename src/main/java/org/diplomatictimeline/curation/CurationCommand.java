package org.diplomatictimeline.curation;

import java.util.List;
import java.util.Objects;

/** A reversible change of the curation, the only way the analyst's decisions change (see {@link UndoHistory}). */
public sealed interface CurationCommand {

    /** Words for the Undo and Redo menu items ("Accept \"Lavrov meets Wang\""). */
    String description();

    Curation apply(Curation curation);

    /** Undoes {@link #apply} on the curation it produced. */
    Curation revert(Curation curation);

    /** Records a new decision. */
    record Record(Decision decision) implements CurationCommand {
        public Record {
            Objects.requireNonNull(decision, "decision");
        }

        @Override
        public String description() {
            return decision.describe();
        }

        @Override
        public Curation apply(Curation curation) {
            return curation.with(decision);
        }

        @Override
        public Curation revert(Curation curation) {
            return curation.without(decision.id());
        }
    }

    /** Records several decisions as one step, e.g. every field the editor's Apply changed; undone together. */
    record RecordAll(List<Decision> decisions, String description) implements CurationCommand {
        public RecordAll {
            decisions = List.copyOf(decisions);
            if (decisions.isEmpty()) {
                throw new IllegalArgumentException("nothing to record");
            }
            Objects.requireNonNull(description, "description");
        }

        @Override
        public Curation apply(Curation curation) {
            Curation next = curation;
            for (Decision d : decisions) {
                next = next.with(d);
            }
            return next;
        }

        @Override
        public Curation revert(Curation curation) {
            Curation previous = curation;
            for (int i = decisions.size() - 1; i >= 0; i--) {
                previous = previous.without(decisions.get(i).id());
            }
            return previous;
        }
    }

    /** Withdraws an earlier decision, e.g. one in conflict; remembers its place so undo puts it back. */
    record Withdraw(Decision decision, int index) implements CurationCommand {
        public Withdraw {
            Objects.requireNonNull(decision, "decision");
            if (index < 0) {
                throw new IllegalArgumentException("negative index");
            }
        }

        @Override
        public String description() {
            return "Withdraw: " + decision.describe();
        }

        @Override
        public Curation apply(Curation curation) {
            return curation.without(decision.id());
        }

        @Override
        public Curation revert(Curation curation) {
            return curation.insert(Math.min(index, curation.decisions().size()), decision);
        }
    }
}
