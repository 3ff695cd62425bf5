/** Transient service-worker state for the update banner and the status screen. */
import { create } from '#app/store/create.ts';

export type UpdatePhase = 'idle' | 'waiting' | 'applying';

interface UpdateState {
  /** 'waiting': a new version is installed and waits for the juror; 'applying': the juror tapped. */
  phase: UpdatePhase;
  /** True once the app has been fully stored for offline use. */
  offlineReady: boolean;
  /** Tells the waiting worker to take over; set by the registration (service-worker.ts). */
  activateWaiting: (() => Promise<void>) | null;
}

export const useUpdateState = create<UpdateState>()(() => ({
  phase: 'idle',
  offlineReady: false,
  activateWaiting: null,
}));
