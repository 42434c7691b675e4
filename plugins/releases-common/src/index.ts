/**
 * Types, lifecycle rules and readiness maths shared by the Releases frontend and backend plugins.
 *
 * @packageDocumentation
 */
export * from './types';
export * from './readinessTypes';
export * from './checkTypes';
export * from './readiness';
export * from './riskTypes';
export * from './risk';
export * from './lifecycle';
export * from './insightsTypes';
export * from './conflicts';
export * from './dependencyOrder';
export * from './followUpTypes';
export * from './permissions';
export * from './windows';
export * from './calendarTypes';
export * from './isoTime';
export * from './deploymentTypes';
export * from './execution';
export * from './deploymentMetrics';
export * from './searchTypes';
