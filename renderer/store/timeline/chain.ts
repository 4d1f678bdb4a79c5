// The timeline's hash chain lives in shared/timeline so the desk and the office server chain events the same way.
export * from '../../../shared/timeline/chain';
