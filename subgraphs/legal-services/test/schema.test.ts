import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { isEnumType, isInputObjectType, isObjectType, parse, printType } from 'graphql';

/** The SDL is the contract: a docstring everywhere, the shared PageInfo exactly, our entity keys. */
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

test('PageInfo is exactly the shared shape', () => {
  const pageInfo = schema.getType('PageInfo');
  expect(isObjectType(pageInfo) && Object.fromEntries(Object.values(pageInfo.getFields()).map((f) => [f.name, String(f.type)]))).toEqual({ hasNextPage: 'Boolean!', endCursor: 'String' });
  expect(sdl).toMatch(/type PageInfo @shareable \{/);
});

test('entities: Appeal and MediationAgreement by id; names that other subgraphs could own are prefixed', () => {
  expect(sdl).toMatch(/type Appeal @key\(fields: "id"\) \{/);
  expect(sdl).toMatch(/type MediationAgreement @key\(fields: "id"\) \{/);
  const appeal = schema.getType('Appeal');
  expect(isObjectType(appeal) && Object.keys(appeal.getFields())).toEqual(['id', 'mediations', 'legalAidApplications', 'consultations']);
  // The personal-data contract (kit/pii.graphql) is shared by every subgraph, unprefixed on purpose.
  const shared = ['PersonalDataField', 'PersonalDataRevealFilter'];
  for (const type of ours.filter((t) => (isEnumType(t) || isInputObjectType(t)) && !shared.includes(t.name))) expect(type.name).toMatch(/^(Mediation|Mediator|LegalAid|LegalConsultation|LegalEducation|LegalServices)/);
  expect(printType(schema.getType('Query')!)).toContain('mediations(');
});

test('referral intake is @inaccessible: the field and its input type are for the hub\'s service, not the client API', () => {
  expect(sdl).toMatch(/import: \[[^\]]*"@inaccessible"[^\]]*\]/);
  const mutation = schema.getMutationType()!;
  const intake = mutation.getFields().receiveLegalServicesReferral;
  expect(intake.astNode!.directives!.map((d) => d.name.value)).toEqual(['inaccessible']);
  expect(String(intake.args[0].type)).toBe('LegalServicesReferralIntake!');
  expect(schema.getType('LegalServicesReferralIntake')!.astNode!.directives!.map((d) => d.name.value)).toEqual(['inaccessible']);
  const input = schema.getType('LegalServicesReferralIntake');
  expect(isInputObjectType(input) && Object.fromEntries(Object.values(input.getFields()).map((f) => [f.name, String(f.type)]))).toEqual({
    dispatchId: 'ID!', appealId: 'ID!', regionCode: 'String!', gridCode: 'String!', category: 'String!', title: 'String!',
    description: 'String!', nature: 'String!', litigation: 'String!', urgency: 'String!', anonymous: 'Boolean!',
    confidential: 'Boolean!', applicantName: 'String', applicantIdNumber: 'String', applicantPhone: 'String', referredAt: 'DateTime!',
  });

  const composed = composeServices([{ name: 'legal-services', url: 'http://127.0.0.1:4004/graphql', typeDefs: parse(sdl) }]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  const api = composed.schema.toAPISchema().toGraphQLJSSchema();
  expect(Object.keys(api.getMutationType()!.getFields()).sort()).toEqual([
    'acceptMediation', 'closeMediation', 'recordMediationAgreement', 'recordMediationFailure', 'revealLegalAidApplicantPersonalData', 'revealMediationPersonalData', 'startMediation',
  ]);
  expect(api.getType('LegalServicesReferralIntake')).toBeUndefined();
});
