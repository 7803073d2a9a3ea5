import { MAX_NOTE, progressMessage, PROGRESS_QUERY, shortNote } from '../partnerProgress';

/** The partner-progress contract: the outbox message a partner queues for governance on each state change. */
describe('progress messages', () => {
  it('carry the contract payload for the partner, keyed by the event id', () => {
    expect(progressMessage('COURT', { eventId: 'CR-1:ACCEPTED', dispatchId: 'AP1-D1', state: 'ACCEPTED', at: '2026-05-27T10:00:00.000Z', note: '', recordId: 'CR-1' })).toEqual({
      id: 'CR-1:ACCEPTED',
      target: 'governance',
      kind: 'progress',
      query: 'mutation($input: PartnerProgressInput!) { reportPartnerProgress(input: $input) { eventId duplicate } }',
      variables: { input: { eventId: 'CR-1:ACCEPTED', dispatchId: 'AP1-D1', partner: 'COURT', state: 'ACCEPTED', at: '2026-05-27T10:00:00.000Z', note: '', recordId: 'CR-1' } },
    });
    const petition = progressMessage('PETITION', { eventId: 'PT-1:DIVERTED', dispatchId: 'AP1-D2', state: 'REJECTED', at: '2026-05-27T10:00:00.000Z', note: '告知起诉', recordId: 'PT-1' });
    expect(petition).toMatchObject({ id: 'PT-1:DIVERTED', query: PROGRESS_QUERY, variables: { input: { partner: 'PETITION', state: 'REJECTED', note: '告知起诉' } } });
  });

  it('cut a long note to MAX_NOTE characters, the last an ellipsis, and trim a short one', () => {
    const msg = progressMessage('LEGAL_SERVICES', { eventId: 'MED-1:REPLIED', dispatchId: 'AP1-D2', state: 'REPLIED', at: '2026-03-01T00:00:00.000Z', note: '长'.repeat(600), recordId: 'MED-1' });
    expect([...msg.variables.input.note]).toHaveLength(MAX_NOTE);
    expect(msg.variables.input.note).toBe(`${'长'.repeat(MAX_NOTE - 1)}…`);
    expect(shortNote(' 已受理 ')).toBe('已受理');
    expect(shortNote('答'.repeat(MAX_NOTE))).toBe('答'.repeat(MAX_NOTE));
  });

  it('count characters, not UTF-16 units, so a cut never splits one', () => {
    const note = shortNote('𠀀'.repeat(MAX_NOTE + 1));
    expect([...note]).toHaveLength(MAX_NOTE);
    expect(note.endsWith('𠀀…')).toBe(true);
  });
});
