import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface ReadableBadgeProps extends Omit<BadgeProps, 'color' | 'variant'> {
  color: string;
  filled?: boolean;
  children: ReactNode;
}

/**
 * A status badge whose text passes WCAG AA: Mantine's light variant (shade 6-7 text on a 10% tint)
 * does not, so light is shade 9 on shade 0, and filled is white on shade 9.
 */
export function ReadableBadge({ color, filled = false, children, ...props }: ReadableBadgeProps) {
  return (
    <Badge
      variant={filled ? 'filled' : 'light'}
      color={`${color}.9`}
      bg={filled ? undefined : `${color}.0`}
      c={filled ? 'white' : `${color}.9`}
      tt="none"
      {...props}
    >
      {children}
    </Badge>
  );
}
