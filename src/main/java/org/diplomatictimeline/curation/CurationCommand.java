package org.diplomatictimeline.curation;

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
