package io.yordam.sla;

/**
 * How close a clock is to its due instant: green, amber from 75% of its time, red from
 * 90%, breached once due.
 */
public enum SlaStage {

	GREEN, AMBER, RED, BREACHED

}
