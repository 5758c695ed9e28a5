export * from './auth';
export * from './progress';
export * from './exams';
