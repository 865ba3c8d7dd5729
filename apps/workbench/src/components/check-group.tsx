import type { ComponentProps } from 'react';
import { Checkbox } from 'antd';

type Props = ComponentProps<typeof Checkbox.Group> & { 'aria-required'?: unknown };

/**
 * A checkbox group for a form: a labelled `group`. The form marks its required fields with
 * aria-required, which a group may not carry (it is said in the label's mark instead).
 */
export function CheckGroup({ 'aria-required': _required, ...props }: Props) {
  return <Checkbox.Group role="group" {...props} />;
}
