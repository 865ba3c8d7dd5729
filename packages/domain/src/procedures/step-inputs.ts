import { DomainError } from '../errors.ts';
import type { InputDef, StepDef } from './types.ts';
import type { Inputs } from './case-view.ts';
import { normaliseSanctions } from './sanctions.ts';
import { chinaMoment } from '../time/china-time.ts';

/** Validates and normalises inputs against the step's declared fields; unknown fields are refused. */
export function normaliseInputs(step: StepDef, raw: Inputs): Inputs {
  const out: Inputs = {};
  const known = new Set(step.inputs.map((i) => i.name));
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) {
      throw new DomainError('STEP_INPUT_INVALID', `「${step.name}」不接受字段「${key}」`, { step: step.code, field: key });
    }
  }
  const missing: string[] = [];
  for (const input of step.inputs) {
    const value = raw[input.name];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
      if (input.required !== false) missing.push(input.label);
      continue;
    }
    out[input.name] = normaliseValue(step, input, value);
  }
  if (missing.length > 0) {
    throw new DomainError('STEP_INPUT_MISSING', `「${step.name}」缺少必填内容：${missing.join('、')}`, {
      step: step.code,
      missing,
    });
  }
  return out;
}

function invalid(step: StepDef, input: InputDef, why: string): DomainError {
  return new DomainError('STEP_INPUT_INVALID', `「${step.name}」的「${input.label}」${why}`, {
    step: step.code,
    field: input.name,
  });
}

function normaliseValue(step: StepDef, input: InputDef, value: unknown): unknown {
  switch (input.type) {
    case 'text':
    case 'longtext': {
      if (typeof value !== 'string') throw invalid(step, input, '应为文本');
      const text = value.trim();
      if (text === '') throw invalid(step, input, '不能为空');
      // NUL and other C0 controls (but tab and newlines) cannot be stored or printed faithfully.
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) throw invalid(step, input, '含有不可见的控制字符');
      const max = input.max ?? (input.type === 'text' ? 200 : 20000);
      if (text.length > max) throw invalid(step, input, `不能超过 ${max} 字`);
      return text;
    }
    case 'money': {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw invalid(step, input, '应为不小于 0 的金额');
      if (Math.round(value * 100) !== value * 100) throw invalid(step, input, '最多保留两位小数');
      if (input.max !== undefined && value > input.max) throw invalid(step, input, `不能超过 ${input.max}`);
      return value;
    }
    case 'date': {
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
        throw invalid(step, input, '应为日期（YYYY-MM-DD）');
      }
      if (new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) throw invalid(step, input, '不是有效日期');
      return value;
    }
    case 'datetime': {
      const moment = typeof value === 'string' ? chinaMoment(value) : null;
      if (!moment) throw invalid(step, input, '应为北京时间的日期和时刻（YYYY-MM-DDTHH:mm）');
      return moment;
    }
    case 'boolean': {
      if (typeof value !== 'boolean') throw invalid(step, input, '应为是或否');
      return value;
    }
    case 'choice': {
      if (typeof value !== 'string' || !input.choices?.some((c) => c.value === value)) {
        const allowed = (input.choices ?? []).map((c) => c.label).join('、');
        throw invalid(step, input, `应为以下之一：${allowed}`);
      }
      return value;
    }
    case 'sanctions': {
      const list = normaliseSanctions(value);
      if (typeof list === 'string') throw invalid(step, input, list);
      return list;
    }
    case 'officers': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw invalid(step, input, '应为执法人员列表');
      return [...new Set(value as string[])];
    }
  }
}
