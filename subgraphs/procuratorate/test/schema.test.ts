import fs from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { isEnumType, isInputObjectType, isObjectType, parse } from 'graphql';

/** The SDL is the contract: a docstring everywhere, and the referral intake exactly as the hub's contract names it. */
const sdl = fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
const schema = buildSubgraphSchema([{ typeDefs: parse(sdl) }]);
const ours = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('_') && !t.name.startsWith('link__') && !t.name.startsWith('federation__') && !['String', 'Boolean', 'Int', 'Float', 'ID'].includes(t.name));

test('every type, field, argument, input field and enum value has a docstring', () => {
  const missing: string[] = [];
  for (const type of ours) {
    if (!type.description) missing.push(type.name);
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.name.startsWith('_')) continue;
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  expect(missing).toEqual([]);
});

test('the intake input has exactly the contract\'s fields, and the intake returns the matter', () => {
  const input = schema.getType('ProcuratorateReferralIntake');
  expect(isInputObjectType(input) && Object.fromEntries(Object.values(input.getFields()).map((f) => [f.name, String(f.type)]))).toEqual({
    dispatchId: 'ID!', appealId: 'ID!', regionCode: 'String!', gridCode: 'String!', category: 'String!', title: 'String!',
    description: 'String!', nature: 'String!', litigation: 'String!', urgency: 'String!', anonymous: 'Boolean!',
    confidential: 'Boolean!', applicantName: 'String', applicantIdNumber: 'String', applicantPhone: 'String', referredAt: 'DateTime!',
  });
  const intake = schema.getMutationType()!.getFields().receiveProcuratorateReferral;
  expect([String(intake.args[0].type), String(intake.type)]).toEqual(['ProcuratorateReferralIntake!', 'ProcuratorateMatter!']);
});
