import type { ComponentProps } from 'react';
import { useNavigate } from 'react-router';
import { Button } from 'antd';

/** A button that is a link (an <a> with a real href, so it can be opened in a new tab), navigating within the workbench. */
export function LinkButton({
  to,
  before,
  ...props
}: { to: string; before?: () => void } & Omit<ComponentProps<typeof Button>, 'href' | 'onClick'>) {
  const navigate = useNavigate();
  return (
    <Button
      {...props}
      href={`/workbench${to}`}
      onClick={(e) => {
        before?.();
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        navigate(to);
      }}
    />
  );
}
