package org.diplomatictimeline.app;

/**
 * A step between loading and showing: turns what a load extracted into the workspace the window shows. Curation
 * registers one that applies the analyst's decisions, so the view model receives each load once, already curated.
 *
 * <p>Called on the FX thread by {@link WorkspaceViewModel}, once per load and again on
 * {@link WorkspaceViewModel#restage()}; it must not call back into the view model while it runs.
 */
@FunctionalInterface
public interface WorkspaceStage {

    /** Shows the extraction as it came. */
    WorkspaceStage NONE = extraction -> extraction;

    /** The workspace to show for {@code extraction} (same paths and corpus; the model may differ). */
    Workspace apply(Workspace extraction);
}
