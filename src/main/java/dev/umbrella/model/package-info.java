/**
 * The analysis's view of the datasets: {@link dev.umbrella.model.Inputs} (the contract's tables, loaded once per
 * process), the {@link dev.umbrella.model.Engineer}s with their {@link dev.umbrella.model.Period}s, and the
 * person-month {@link dev.umbrella.model.Panel} of every contributor, per repository and in total, from which
 * the comparison {@link dev.umbrella.model.Cohort} is drawn. Metric definitions: {@link dev.umbrella.model.Metric}
 * (CHAOSS activity metrics; Riehle et al. 2014 for the working-hours share).
 */
package dev.umbrella.model;
