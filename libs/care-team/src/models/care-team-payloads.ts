import { Payload } from '@oneplan/graphql';
import { CareTeamMember, Episode } from './episode.model.js';
import { Patient } from './patient.model.js';
import { MeasureScheduleEntry, Program, ReviewCadence } from './program.model.js';
import { StaffMember } from './staff-member.model.js';

const program = { type: () => Program, description: 'The program as it is after the change.' };
const staffMember = { type: () => StaffMember, description: 'The staff member.' };
const careTeamMember = { type: () => CareTeamMember, description: 'The membership.' };
const episode = { type: () => Episode, description: 'The episode of care, with its care team as it is after the change.' };

export const CreateProgramPayload = Payload('CreateProgramPayload', 'The program created.', { program });
export const SetReviewCadencePayload = Payload('SetReviewCadencePayload', 'The cadence set and its program.', { reviewCadence: { type: () => ReviewCadence, description: 'The cadence.' }, program });
export const SetMeasureSchedulePayload = Payload('SetMeasureSchedulePayload', 'The setting and the program with its measure schedule.', {
  measureScheduleEntry: { type: () => MeasureScheduleEntry, description: 'The setting (everyDays 0: the measure is off).' },
  program,
});
export const SetAgendaTimePayload = Payload('SetAgendaTimePayload', 'The program with its agenda time.', { program });
export const SetSelfReportLinksPayload = Payload('SetSelfReportLinksPayload', 'The program with its self-report setting.', { program });
export const CreateStaffMemberPayload = Payload('CreateStaffMemberPayload', 'The staff member added.', { staffMember });
export const SetStaffActivePayload = Payload('SetStaffActivePayload', 'The staff member as activated or deactivated.', { staffMember });
export const CreatePatientPayload = Payload('CreatePatientPayload', 'The patient registered.', { patient: { type: () => Patient, description: 'The patient.' } });
export const OpenEpisodePayload = Payload('OpenEpisodePayload', 'The episode opened and its patient.', { episode, patient: { type: () => Patient, description: 'The patient.' } });
export const AddCareTeamMemberPayload = Payload('AddCareTeamMemberPayload', 'The membership added and its episode.', { careTeamMember, episode });
export const EndCareTeamMembershipPayload = Payload('EndCareTeamMembershipPayload', 'The membership as ended and its episode.', { careTeamMember, episode });
export const RemoveFromCareTeamPayload = Payload('RemoveFromCareTeamPayload', 'The membership as removed and its episode.', { careTeamMember, episode });
