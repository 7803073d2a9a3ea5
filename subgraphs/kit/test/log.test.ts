import { Writable } from 'node:stream';
import { createLogger } from '../log';

test("a logged error's message and stack keep their detail but not the citizen's ID or mobile numbers", () => {
  const lines: string[] = [];
  const sink = new Writable({ write(chunk, _e, done) { lines.push(String(chunk)); done(); } });
  const logger = createLogger('test', 'info', sink);
  const err = new Error("insert into parties (name, id_number, phone) values ('张三', '22030219900101123X', '13812345678') - UNIQUE constraint failed");
  logger.error({ err, requestId: 'r-1' }, 'unexpected error');
  const line = JSON.parse(lines[0]);
  expect(line.err.message).toBe("insert into parties (name, id_number, phone) values ('张三', '220302********123X', '138****5678') - UNIQUE constraint failed");
  expect(line.err.stack).toContain('220302********123X');
  expect(lines[0]).not.toMatch(/22030219900101123X|13812345678/);
  expect(line.requestId).toBe('r-1');
});
