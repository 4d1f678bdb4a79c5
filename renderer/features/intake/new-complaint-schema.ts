// The channels and their labels, kept here for screens that imported them from the first New complaint form.
export { channelLabels, contactChannels as channels } from '../../../shared/model';
